import {
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import type { Sweep } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { AbbreviationLegend } from "../../ui/abbreviations.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { defaultGrid } from "./default-grid.ts";

const POLL_MS = 1000;

/**
 * Sweeps: a grid of what-if changes over the scenario, every combination planned and risk-analysed
 * on the server's workers; the table fills in as variants finish. The newest sweep shows on arrival.
 */
export function SweepsPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const format = useFormat();
  const { name, ready } = useDomainText();
  const scenario = useScenario(scenarioId);
  const [grid, setGrid] = useState<string | null>(null);
  const [samples, setSamples] = useState(200);
  const [seed, setSeed] = useState(1);
  const [chosen, setChosen] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery({ queryKey: ["sweeps", scenarioId], queryFn: () => api.sweeps(scenarioId) });
  const sweepId = chosen ?? list.data?.[0]?.id ?? null;
  const sweep = useQuery({
    queryKey: ["sweep", scenarioId, sweepId],
    queryFn: () => api.sweep(scenarioId, sweepId ?? ""),
    enabled: sweepId !== null,
    refetchInterval: (q) => (q.state.data?.status === "running" ? POLL_MS : false),
  });

  // The first grid to edit: the scenario's first two partners, available or blocked.
  const partners = scenario.data?.scenario?.partners;
  useEffect(() => {
    if (grid !== null || !partners || !ready) return;
    setGrid(
      defaultGrid(
        partners.map((p) => ({ id: p.id, name: name("partner", p.id) })),
        { title: t("sweeps.title"), available: t("sweeps.available"), blocked: t("sweeps.blocked") },
      ),
    );
  }, [grid, partners, ready, name, t]);

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      const started = await api.startSweep(scenarioId, { grid: grid ?? "", samples, seed });
      client.setQueryData(["sweep", scenarioId, started.id], started);
      setChosen(started.id);
      await client.invalidateQueries({ queryKey: ["sweeps", scenarioId] });
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  };

  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("sweeps.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("sweeps.hint")}
      </Text>
      <Textarea
        label={t("sweeps.grid")}
        description={t("sweeps.gridHint")}
        value={grid ?? ""}
        onChange={(e) => setGrid(e.currentTarget.value)}
        autosize
        minRows={6}
        maxRows={20}
        styles={{ input: { fontFamily: "monospace" } }}
        data-testid="sweep-grid"
      />
      <Group align="flex-end">
        <NumberInput
          label={t("sweeps.samples")}
          value={samples}
          onChange={(v) => setSamples(Number(v))}
          min={0}
          max={10000}
          step={100}
          w={200}
          data-testid="sweep-samples"
        />
        <NumberInput
          label={t("sweeps.seed")}
          value={seed}
          onChange={(v) => setSeed(Number(v))}
          min={0}
          w={120}
        />
        <Button onClick={() => void start()} loading={starting} data-testid="run-sweep">
          {t("sweeps.run")}
        </Button>
      </Group>
      <ProblemAlert error={error ?? list.error ?? sweep.error} />
      {list.data && list.data.length > 1 ? (
        <Select
          label={t("sweeps.previous")}
          value={sweepId}
          onChange={(v) => setChosen(v)}
          allowDeselect={false}
          data={list.data.map((s) => ({
            value: s.id,
            label: t("sweeps.previousOption", {
              name: s.name ?? t("sweeps.unnamed"),
              variants: s.variants,
              date: format.dateTime(s.createdAt),
            }),
          }))}
          data-testid="sweep-select"
        />
      ) : null}
      {list.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("sweeps.empty")}
        </Text>
      ) : null}
      {sweep.data ? <SweepView scenarioId={scenarioId} sweep={sweep.data} /> : null}
    </Stack>
  );
}

function SweepView({ scenarioId, sweep }: { scenarioId: string; sweep: Sweep }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const format = useFormat();
  const { name } = useDomainText();
  const [error, setError] = useState<unknown>(null);
  const running = sweep.status === "running";
  const cancel = async () => {
    try {
      client.setQueryData(["sweep", scenarioId, sweep.id], await api.cancelSweep(scenarioId, sweep.id));
    } catch (e) {
      setError(e);
    }
  };
  const rows = new Map(sweep.rows.map((r) => [r.index, r]));
  const failed = sweep.variants.filter((v) => v.error);
  return (
    <Card withBorder data-testid="sweep" data-status={sweep.status}>
      <Stack>
        <Group justify="space-between">
          <Text size="sm">
            {t("sweeps.job")}
            {sweep.name ? ` “${sweep.name}”` : ""}: {t(`jobs.${sweep.status}`)} —{" "}
            {t("sweeps.progress", { done: sweep.progress.done, total: sweep.progress.total })}
          </Text>
          {running ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => void cancel()}
              data-testid="cancel-sweep"
            >
              {t("jobs.cancel")}
            </Button>
          ) : null}
        </Group>
        <Progress
          value={sweep.progress.total > 0 ? (100 * sweep.progress.done) / sweep.progress.total : 0}
          animated={running}
          color={sweep.status === "failed" ? "red" : sweep.status === "succeeded" ? "teal" : "blue"}
          aria-label={t("sweeps.job")}
        />
        <ProblemAlert error={error} />
        {failed.map((v) => (
          <ProblemAlert key={v.index} error={v.error} title={`${t("sweeps.variant")} ${v.index + 1}`} />
        ))}
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="sweep-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("sweeps.variant")}</Table.Th>
                {sweep.dimensions.map((d) => (
                  <Table.Th key={d}>{d}</Table.Th>
                ))}
                <Table.Th>{t("sweeps.status")}</Table.Th>
                <Table.Th>{t("sweeps.completion")}</Table.Th>
                <Table.Th>P50</Table.Th>
                <Table.Th>P80</Table.Th>
                <Table.Th>{t("sweeps.noPlan")}</Table.Th>
                <Table.Th>{t("sweeps.cost")}</Table.Th>
                <Table.Th>{t("sweeps.partners")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sweep.variants.map((v) => {
                const row = rows.get(v.index);
                return (
                  <Table.Tr key={v.index} data-testid="sweep-row" data-status={v.status}>
                    <Table.Td>{v.index + 1}</Table.Td>
                    {v.options.map((o) => (
                      <Table.Td key={o.dimension}>{o.option}</Table.Td>
                    ))}
                    <Table.Td>
                      {row
                        ? t(`status.${row.status}`, { defaultValue: row.status })
                        : `${t(`jobs.${v.status}`)} (${v.jobs.done}/${v.jobs.total})`}
                    </Table.Td>
                    <Table.Td>{row ? format.date(row.completion) : ""}</Table.Td>
                    <Table.Td>{row ? format.date(row.p50) : ""}</Table.Td>
                    <Table.Td>{row ? format.date(row.p80) : ""}</Table.Td>
                    <Table.Td>{row ? format.percent(row.probabilityNoPlan) : ""}</Table.Td>
                    {/* As the CLI's table: a cost only with a plan, the partners of the options chosen. */}
                    <Table.Td>
                      {row?.completion ? format.money(row.totalCost, row.currency) : row ? "—" : ""}
                    </Table.Td>
                    <Table.Td>
                      {row ? row.partners.map((p) => name("partner", p)).join(", ") || "—" : ""}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <AbbreviationLegend terms={["P50", "P80"]} />
      </Stack>
    </Card>
  );
}
