import { Badge, Button, Card, List, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useChainGaps, useChokepoints, useGaps } from "../../api/queries.ts";
import type { Chokepoint, Gap, GapReport, ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { QueryView } from "../../ui/query-view.tsx";
import { type ChainInput, coverageRows } from "./coverage.ts";

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
        <QueryView query={gaps}>
          {(report) => (
            <>
              <GapTable gaps={report.gaps} />
              <GapNotes report={report} />
            </>
          )}
        </QueryView>
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
            <CoverageTable
              country={country ?? ""}
              rows={
                (Array.isArray(data) ? data : ((data as { gaps?: unknown[] }).gaps ?? [])) as ChainInput[]
              }
            />
          )}
        </QueryView>
      </Card>
    </Stack>
  );
}

/** The gap analysis's notes and assumptions, in the reader's language. */
function GapNotes({ report }: { report: GapReport }) {
  const { t } = useTranslation();
  const { say } = useDomainText();
  const pick = (messages: GapReport["noteMessages"], texts: string[] | undefined) =>
    messages?.length ? messages.map((m, i) => say(m, texts?.[i])) : (texts ?? []);
  const notes = pick(report.noteMessages, report.notes);
  const assumptions = pick(report.assumptionMessages, report.assumptions);
  if (notes.length === 0 && assumptions.length === 0) return null;
  return (
    <Stack gap={4} mt="sm" data-testid="gap-notes">
      {notes.length > 0 ? (
        <List size="xs">
          {notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      ) : null}
      {assumptions.length > 0 ? (
        <>
          <Text size="xs" fw={600}>
            {t("chain.assumptions")}
          </Text>
          <List size="xs" c="dimmed" data-testid="gap-assumptions">
            {assumptions.map((a) => (
              <List.Item key={a}>{a}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}

const COVERAGE_PAGE = 12;

/** Each value-chain input: who supplies the world, and the programme country's own share of it. */
function CoverageTable({ country, rows }: { country: string; rows: ChainInput[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const table = coverageRows(rows);
  if (table.length === 0) return <Text c="dimmed">{t("common.none")}</Text>;
  const shown = all ? table : table.slice(0, COVERAGE_PAGE);
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="coverage-summary">
        {t("chain.coverageSummary", { country, total: table.length })}
      </Text>
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("chain.input")}</Table.Th>
              <Table.Th>{t("chain.stage")}</Table.Th>
              <Table.Th>{t("chain.providers")}</Table.Th>
              <Table.Th>{t("chain.marketSize")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.inputId} data-testid="coverage-row">
                <Table.Td>{r.inputName}</Table.Td>
                <Table.Td>{t(`chain.stages.${r.stage}`, { defaultValue: r.stage })}</Table.Td>
                <Table.Td>
                  {r.providers.length > 0
                    ? r.providers.map((p) => `${p.country} ${format.percent(p.share)}`).join(", ")
                    : "—"}
                </Table.Td>
                <Table.Td>{r.marketSize ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.length > COVERAGE_PAGE ? (
        <Button size="xs" variant="subtle" onClick={() => setAll((v) => !v)} data-testid="coverage-toggle">
          {all ? t("chain.showFewer") : t("chain.showAll", { total: table.length })}
        </Button>
      ) : null}
    </Stack>
  );
}

function GapTable({ gaps }: { gaps: Gap[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { name } = useDomainText();
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
              <Table.Td>{name("target", gap.targetId)}</Table.Td>
              <Table.Td>{node(gap.requiredNode)}</Table.Td>
              <Table.Td>{gap.domesticNode === undefined ? t("chain.none") : node(gap.domesticNode)}</Table.Td>
              <Table.Td>
                {gap.generationsBehind
                  ? t("chain.behindValue", {
                      count: gap.generationsBehind.nodes ?? 0,
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
