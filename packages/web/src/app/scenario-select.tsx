import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScenarioSummary } from "../api/types.ts";

export function ScenarioSelect({
  scenarios,
  value,
  onChange,
}: {
  scenarios: ScenarioSummary[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      size="xs"
      w={260}
      label={t("app.scenario")}
      aria-label={t("app.scenario")}
      styles={{
        label: { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" },
      }}
      placeholder={t("app.noScenario")}
      data={scenarios.map((s) => ({ value: s.id, label: `${s.name} · v${s.version}` }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      data-testid="scenario-select"
    />
  );
}
