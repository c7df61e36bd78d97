import { Badge, Card, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useChainGaps, useChokepoints, useGaps } from "../../api/queries.ts";
import type { Chokepoint, Gap, ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { useFormat } from "../../i18n/format.ts";
import { QueryView } from "../../ui/query-view.tsx";
import { RecordTable } from "../../ui/record-table.tsx";

export function ChainPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const scenario = useScenario(scenarioId);
  const country = (scenario.data?.scenario as ScenarioShape | undefined)?.program?.country;
  const gaps = useGaps(scenarioId);
  const chain = useChainGaps(country);
  const chokepoints = useChokepoints(3, 0.8);
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("chain.title")}
      </Title>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("chain.gaps")}
        </Title>
        <QueryView query={gaps}>{(report) => <GapTable gaps={report.gaps} />}</QueryView>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("chain.chokepoints")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("chain.chokepointsHint", { top: 3, threshold: "80%" })}
        </Text>
        <QueryView query={chokepoints}>{(rows) => <ChokepointTable rows={rows} />}</QueryView>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("chain.coverage", { country: country ?? "—" })}
        </Title>
        <QueryView query={chain}>
          {(data) => (
            <RecordTable
              rows={
                Array.isArray(data) ? data : ((data as { gaps?: unknown[]; stages?: unknown[] }).gaps ?? [])
              }
            />
          )}
        </QueryView>
      </Card>
    </Stack>
  );
}

function GapTable({ gaps }: { gaps: Gap[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (gaps.length === 0) return <Text c="dimmed">{t("chain.noGaps")}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="gap-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("chain.input")}</Table.Th>
            <Table.Th>{t("chain.target")}</Table.Th>
            <Table.Th>{t("chain.required")}</Table.Th>
            <Table.Th>{t("chain.domestic")}</Table.Th>
            <Table.Th>{t("chain.behind")}</Table.Th>
            <Table.Th>{t("chain.flags")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gaps.map((gap) => (
            <Table.Tr key={gap.id}>
              <Table.Td>
                {gap.inputName ?? gap.inputId}{" "}
                <Text span c="dimmed" size="xs">
                  {gap.inputId}
                </Text>
              </Table.Td>
              <Table.Td>{gap.targetId ?? "—"}</Table.Td>
              <Table.Td>{node(gap.requiredNode)}</Table.Td>
              <Table.Td>{gap.domesticNode === undefined ? t("chain.none") : node(gap.domesticNode)}</Table.Td>
              <Table.Td>
                {gap.generationsBehind
                  ? t("chain.behindValue", {
                      nodes: format.integer(gap.generationsBehind.nodes),
                      years: format.number(gap.generationsBehind.years),
                    })
                  : "—"}
              </Table.Td>
              <Table.Td>
                {gap.critical ? <Badge color="red">{t("chain.critical")}</Badge> : null}{" "}
                {gap.chokepoint ? <Badge color="grape">{t("chain.chokepoint")}</Badge> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function node(value: string | number | undefined): string {
  if (value === undefined) return "—";
  return typeof value === "number" ? `${value} nm` : value;
}

function ChokepointTable({ rows }: { rows: Chokepoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rows.length === 0) return <Text c="dimmed">{t("common.none")}</Text>;
  return (
    <Table data-testid="chokepoint-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("chain.input")}</Table.Th>
          <Table.Th>{t("chain.providers")}</Table.Th>
          <Table.Th w={220}>{t("chain.combined")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.inputId}>
            <Table.Td>{row.inputName ?? row.inputId}</Table.Td>
            <Table.Td>
              {row.topProviders.map((p) => `${p.country} ${format.percent(p.share)}`).join(", ")}
            </Table.Td>
            <Table.Td>
              <Progress
                value={row.combinedShare * 100}
                color="grape"
                aria-label={format.percent(row.combinedShare)}
              />
              <Text size="xs">{format.percent(row.combinedShare)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
