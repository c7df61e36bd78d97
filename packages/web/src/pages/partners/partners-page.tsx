import { Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AbbreviationLegend } from "../../ui/abbreviations.tsx";
import { OpenAlertsCard } from "../../alerts/open-alerts-card.tsx";
import { usePartnerFit } from "../../api/queries.ts";
import type { PartnerFitReport, ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { QueryView } from "../../ui/query-view.tsx";
import { FitMatrix } from "./fit-matrix.tsx";
import { rankOptions } from "./rank.ts";
import { ScreeningPanel } from "./screening-panel.tsx";
import { WeightSliders } from "./weight-sliders.tsx";

export function PartnersPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const fit = usePartnerFit(scenarioId);
  const scenario = useScenario(scenarioId);
  const shape = scenario.data?.scenario as ScenarioShape | undefined;
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("partners.title")}
      </Title>
      <OpenAlertsCard scenarioId={scenarioId} />
      <QueryView query={fit}>{(report) => <FitView report={report} />}</QueryView>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("partners.screening")}
        </Title>
        <ScreeningPanel partners={shape?.partners ?? []} screening={fit.data?.screening} />
      </Card>
      <AbbreviationLegend terms={["HHI", "JV", "EAR"]} />
    </Stack>
  );
}

function FitView({ report }: { report: PartnerFitReport }) {
  const { t } = useTranslation();
  const { say, name } = useDomainText();
  const [weights, setWeights] = useState<Record<string, number>>(report.weights);
  const ranked = useMemo(
    () => rankOptions(report.options, weights, report.weights),
    [report.options, weights, report.weights],
  );
  // The programme's own (domestic) firms' hits say nothing about a foreign partner: shown once, not per row.
  const domesticHits = new Set(
    (report.screening ?? [])
      .filter((s) => s.side === "domestic")
      .flatMap((s) => s.hits.map((h) => h.match?.id ?? "").filter(Boolean)),
  );
  const notes = report.noteMessages?.length
    ? report.noteMessages.map((m, i) => say(m, report.notes?.[i]))
    : (report.notes ?? []);
  const unlawful = report.options.filter((o) => !o.lawful).length;
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4">
            {t("partners.weights")}
          </Title>
          <Button size="xs" variant="subtle" onClick={() => setWeights(report.weights)}>
            {t("partners.resetWeights")}
          </Button>
        </Group>
        <WeightSliders weights={weights} onChange={setWeights} />
      </Card>
      <Text size="sm">{t("partners.summary", { total: report.options.length, unlawful })}</Text>
      {notes.length > 0 ? (
        <List size="xs" c="dimmed" data-testid="fit-notes">
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      ) : null}
      {report.ranking && report.ranking.length > 0 ? (
        <List size="sm" data-testid="fit-ranking">
          {report.ranking.map((r) => (
            <List.Item key={r.gapId}>
              <b>{name("gap", r.gapId) === r.gapId ? (r.inputName ?? r.gapId) : name("gap", r.gapId)}</b>:{" "}
              {say(r.explanationMessage, r.explanation)}
            </List.Item>
          ))}
        </List>
      ) : null}
      <FitMatrix options={ranked} domesticHits={domesticHits} />
    </Stack>
  );
}
