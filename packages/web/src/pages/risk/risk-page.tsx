import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AbbreviationLegend } from "../../ui/abbreviations.tsx";
import { api } from "../../api/endpoints.ts";
import { jobFailure, useJobRunner } from "../../api/jobs.ts";
import type { RiskResult } from "../../api/types.ts";
import { Chart } from "../../charts/chart.tsx";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { JobProgress } from "../../ui/job-progress.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { StatCard } from "../../ui/stat-card.tsx";
import { binOf, monthlyBins } from "./risk-bins.ts";

export function RiskPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const runner = useJobRunner<RiskResult>();
  const [samples, setSamples] = useState(500);
  const [seed, setSeed] = useState(1);
  const result = runner.job?.status === "succeeded" ? runner.job.result : undefined;
  useEffect(() => {
    // The overview shows the latest estimate too.
    if (result) client.setQueryData(["risk-estimate", scenarioId], result);
  }, [result, client, scenarioId]);
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("risk.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("risk.hint")}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t("risk.samples")}
          value={samples}
          onChange={(v) => setSamples(Number(v))}
          min={10}
          max={20000}
          step={100}
          w={140}
        />
        <NumberInput
          label={t("risk.seed")}
          value={seed}
          onChange={(v) => setSeed(Number(v))}
          min={0}
          w={120}
        />
        <Button
          onClick={() => void runner.start(() => api.startRisk(scenarioId, samples, seed))}
          loading={runner.running}
          data-testid="run-risk"
        >
          {t("risk.run")}
        </Button>
      </Group>
      <JobProgress job={runner.job} label={t("risk.job")} />
      <ProblemAlert error={runner.error} />
      {runner.job?.status === "failed" ? <ProblemAlert error={jobFailure(runner.job)} /> : null}
      {result ? <RiskView result={result} /> : null}
    </Stack>
  );
}

function RiskView({ result }: { result: RiskResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say, name } = useDomainText();
  const bins = useMemo(() => monthlyBins(result.histogram), [result.histogram]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis" },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: {
        type: "category",
        data: bins.map((b) => format.month(`${b.month}-01`)),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: "value", name: t("risk.count") },
      series: [
        {
          name: t("risk.count"),
          type: "bar",
          data: bins.map((b) => b.count),
          markLine: {
            symbol: "none",
            data: (["p50", "p80", "p95"] as const).flatMap((key) => {
              const index = binOf(bins, result[key]);
              return index === -1
                ? []
                : [
                    {
                      name: key.toUpperCase(),
                      // The category's own label, not a bare number ECharts could read as a value.
                      xAxis: format.month(`${bins[index]?.month}-01`),
                      label: { formatter: key.toUpperCase() },
                    },
                  ];
            }),
          },
        },
      ],
    }),
    [result, bins, t, format],
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label="P50" value={format.date(result.p50)} testId="risk-p50" />
        <StatCard label="P80" value={format.date(result.p80)} testId="risk-p80" />
        <StatCard label="P95" value={format.date(result.p95)} testId="risk-p95" />
      </SimpleGrid>
      {result.noPlan.count > 0 ? (
        <Card withBorder data-testid="risk-no-plan">
          <Text size="sm" c="orange">
            {t("risk.noPlan", {
              count: result.noPlan.count,
              total: result.samples,
              completed: result.completed,
              share: format.percent(result.probabilityNoPlan),
            })}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("risk.noPlanReason")}</Table.Th>
                <Table.Th>{t("risk.count")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.noPlan.reasons.map((r) => (
                <Table.Tr key={r.reason}>
                  <Table.Td>{say(r.message, r.reason)}</Table.Td>
                  <Table.Td>{format.integer(r.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ) : null}
      {result.searchFailures > 0 ? (
        <Text size="sm" c="red">
          {t("risk.searchFailures", { count: result.searchFailures })}
        </Text>
      ) : null}
      <Card withBorder>
        <Title order={3} size="h4">
          {t("risk.distribution")}
        </Title>
        <Chart option={option} label={t("risk.distribution")} height={320} testId="risk-histogram" />
      </Card>
      <Card withBorder>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("overview.target")}</Table.Th>
              <Table.Th>{t("overview.dueDate")}</Table.Th>
              <Table.Th>{t("overview.onTimeProbability")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.dueDates.map((d) => (
              <Table.Tr key={d.targetId}>
                <Table.Td>{name("target", d.targetId)}</Table.Td>
                <Table.Td>{format.date(d.dueDate)}</Table.Td>
                <Table.Td>{format.percent(d.probability)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <AbbreviationLegend terms={["P50", "P80", "P95"]} />
    </Stack>
  );
}

/** Index of the histogram bin whose date is closest to `date` (bins are sorted by date). */
/** The histogram bar of the month that holds `date` (bars are months keyed by their first day). */
