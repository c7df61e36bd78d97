import { Badge, Card, Group, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanActivity } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";

/** Why this activity is scheduled as it is, and how the alternatives the planner tried compared. */
export function ExplanationPanel({ activity }: { activity: PlanActivity | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say, name, currency } = useDomainText();
  return (
    <Card withBorder aria-live="polite" data-testid="explanation-panel">
      <Title order={3} size="h4" mb="xs">
        {t("roadmap.explanation")}
      </Title>
      {!activity ? (
        <Text c="dimmed" size="sm">
          {t("roadmap.selectHint")}
        </Text>
      ) : (
        <>
          <Group gap="xs" mb="xs">
            <Text fw={700}>{say(activity.nameMessage, activity.name)}</Text>
            <Badge variant="light">{t(`phases.${activity.phase}`, { defaultValue: activity.phase })}</Badge>
          </Group>
          <Text size="sm" mb="xs">
            {format.date(activity.start)} – {format.date(activity.finish)}
            {activity.partner ? ` · ${name("partner", activity.partner)}` : ""}
            {activity.model ? ` / ${name("model", activity.model)}` : ""}
            {activity.cost !== undefined ? ` · ${format.money(activity.cost, currency)}` : ""}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {say(activity.explanationMessage, activity.explanation) || "—"}
          </Text>
          {activity.alternatives && activity.alternatives.length > 0 ? (
            <Table mt="sm">
              <Table.Caption>{t("roadmap.alternatives")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("roadmap.partner")}</Table.Th>
                  <Table.Th>{t("roadmap.model")}</Table.Th>
                  <Table.Th>{t("roadmap.outcome")}</Table.Th>
                  <Table.Th>{t("roadmap.reason")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.alternatives.map((alt) => (
                  <Table.Tr key={`${alt.partner}/${alt.model}`}>
                    <Table.Td>{name("partner", alt.partner)}</Table.Td>
                    <Table.Td>{name("model", alt.model)}</Table.Td>
                    <Table.Td>{t(`roadmap.outcomes.${alt.outcome}`, { defaultValue: alt.outcome })}</Table.Td>
                    <Table.Td>
                      {alt.rule ? <b>{alt.rule}: </b> : null}
                      {say(alt.message, alt.reason)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </>
      )}
    </Card>
  );
}
