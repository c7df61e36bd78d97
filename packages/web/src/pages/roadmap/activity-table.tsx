import { Badge, Table, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../api/types.ts";
import { PHASE_COLORS } from "../../app/theme.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { activityLabels } from "./gantt-tasks.ts";

/** The keyboard path to every activity (the Gantt itself is a picture to assistive technology). */
export function ActivityTable({
  plan,
  selected,
  onSelect,
}: {
  plan: Plan;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say, name } = useDomainText();
  const critical = new Set(plan.criticalPath);
  const labels = activityLabels(plan, {
    activity: (a) => say(a.nameMessage, a.name),
    partner: (id) => name("partner", id),
    model: (id) => name("model", id),
    target: (id) => name("target", id),
  });
  const rows = [...plan.activities].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table highlightOnHover data-testid="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("roadmap.activity")}</Table.Th>
            <Table.Th>{t("roadmap.phase")}</Table.Th>
            <Table.Th>{t("roadmap.partner")}</Table.Th>
            <Table.Th>{t("roadmap.model")}</Table.Th>
            <Table.Th>{t("roadmap.start")}</Table.Th>
            <Table.Th>{t("roadmap.finish")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr
              key={a.id}
              {...(selected === a.id ? { bg: "var(--mantine-color-indigo-0)" } : {})}
              data-testid="activity-row"
              data-partner={a.partner ?? ""}
              data-model={a.model ?? ""}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={() => onSelect(a.id)}
                  aria-pressed={selected === a.id}
                  fw={critical.has(a.id) ? 700 : 400}
                  td="underline dotted"
                >
                  {labels.get(a.id) ?? a.name}
                </UnstyledButton>
                {critical.has(a.id) ? (
                  <Badge size="xs" color="red" ml={6}>
                    {t("roadmap.critical")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={PHASE_COLORS[a.phase] ?? "gray"} variant="light">
                  {t(`phases.${a.phase}`, { defaultValue: a.phase })}
                </Badge>
              </Table.Td>
              <Table.Td>{name("partner", a.partner)}</Table.Td>
              <Table.Td>{name("model", a.model)}</Table.Td>
              <Table.Td>{format.date(a.start)}</Table.Td>
              <Table.Td>{format.date(a.finish)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
