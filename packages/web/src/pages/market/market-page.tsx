import {
  Alert,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AbbreviationLegend } from "../../ui/abbreviations.tsx";
import { ApiProblem } from "../../api/client.ts";
import { useMarket } from "../../api/queries.ts";
import type { MarketReport, ScenarioShape } from "../../api/types.ts";
import { useScenario, useScenarioId } from "../../app/scenario-context.tsx";
import { Chart } from "../../charts/chart.tsx";
import { useFormat } from "../../i18n/format.ts";
import { QueryView } from "../../ui/query-view.tsx";
import { supplierSeries } from "./supplier-series.ts";

export function MarketPage() {
  const { t } = useTranslation();
  const scenario = useScenario(useScenarioId());
  const country = (scenario.data?.scenario as ScenarioShape | undefined)?.program?.country ?? "RUS";
  const [importer, setImporter] = useState<string | null>(null);
  const [hs, setHs] = useState("8542");
  // No years until the reader picks them: the server answers with every year its data covers,
  // and the inputs show that range (no hard-coded years that drift from the data).
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const code = (importer ?? country).toUpperCase();
  const market = useMarket({
    importer: code,
    hs,
    ...(from !== null ? { from } : {}),
    ...(to !== null ? { to } : {}),
  });
  const covered = market.data?.years.map((y) => y.year) ?? [];
  const notFound = market.error instanceof ApiProblem && market.error.status === 404;
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("market.title")}
      </Title>
      <Group align="flex-end">
        <TextInput
          label={t("market.importer")}
          value={importer ?? country}
          onChange={(e) => setImporter(e.currentTarget.value)}
          maxLength={3}
          w={110}
        />
        <div>
          <Text size="sm" fw={500} id="hs-label">
            {t("market.hs")}
          </Text>
          <SegmentedControl
            aria-labelledby="hs-label"
            value={hs}
            onChange={setHs}
            data={[
              { value: "8541", label: `8541 · ${t("market.hs8541")}` },
              { value: "8542", label: `8542 · ${t("market.hs8542")}` },
            ]}
          />
        </div>
        <NumberInput
          label={t("market.from")}
          value={from ?? (covered.length ? Math.min(...covered) : "")}
          onChange={(v) => setFrom(v === "" ? null : Number(v))}
          data-testid="market-from"
          w={100}
          min={1995}
          max={2030}
        />
        <NumberInput
          label={t("market.to")}
          value={to ?? (covered.length ? Math.max(...covered) : "")}
          onChange={(v) => setTo(v === "" ? null : Number(v))}
          data-testid="market-to"
          w={100}
          min={1995}
          max={2030}
        />
      </Group>
      {notFound ? (
        <Alert color="orange" title={t("errors.NOT_FOUND")} data-testid="market-none">
          {t("market.noData", {
            hs,
            importer: code,
            years: from || to ? `${from ?? "…"}–${to ?? "…"}` : "—",
          })}
        </Alert>
      ) : (
        <QueryView query={market}>{(report) => <MarketView report={report} />}</QueryView>
      )}
      <AbbreviationLegend terms={["HHI", "HS"]} />
    </Stack>
  );
}

function MarketView({ report }: { report: MarketReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shares = useMemo(() => supplierSeries(report, 6, t("market.other")), [report, t]);
  const years = [...report.years].sort((a, b) => a.year - b.year);
  const shareOption = useMemo(
    () => ({
      tooltip: { trigger: "axis", valueFormatter: (v: number) => format.percent(v) },
      legend: { top: 0, type: "scroll" },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: "category", data: shares.years.map(String) },
      yAxis: { type: "value", max: 1, axisLabel: { formatter: (v: number) => format.percent(v) } },
      series: shares.series.map((s) => ({ name: s.partner, type: "bar", stack: "share", data: s.shares })),
    }),
    [shares, format],
  );
  const totalOption = useMemo(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 60, right: 60, top: 36, bottom: 28 },
      xAxis: { type: "category", data: years.map((y) => String(y.year)) },
      yAxis: [
        {
          type: "value",
          name: t("market.totalUsd"),
          axisLabel: { formatter: (v: number) => format.money(v, "USD") },
        },
        { type: "value", name: "HHI", axisLabel: { formatter: (v: number) => format.number(v) } },
      ],
      series: [
        { name: t("market.total"), type: "bar", data: years.map((y) => y.total) },
        { name: "HHI", type: "line", yAxisIndex: 1, data: years.map((y) => y.hhi) },
      ],
    }),
    [years, t, format],
  );
  return (
    <Stack>
      <Text size="sm" c="dimmed" data-testid="market-source">
        {report.dataDate && !/^\d{4}/.test(report.dataDate)
          ? t("market.sourceSynthetic", { source: report.source ?? "—" })
          : t("market.source", { source: report.source ?? "—", date: format.date(report.dataDate) })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4">
            {t("market.shares")}
          </Title>
          <Chart option={shareOption} label={t("market.shares")} testId="market-shares" />
        </Card>
        <Card withBorder>
          <Title order={3} size="h4">
            {t("market.growth")}
          </Title>
          <Chart option={totalOption} label={t("market.growth")} />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("market.fastest")}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("market.partner")}</Table.Th>
              <Table.Th>{t("market.cagr")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.fastestGrowing.map((row) => (
              <Table.Tr key={row.partner}>
                <Table.Td>{row.partner}</Table.Td>
                <Table.Td>{format.percent(row.cagr)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
