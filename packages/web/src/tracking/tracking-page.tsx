import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLatestPlan } from "../api/queries.ts";
import { useDomainText } from "../i18n/domain-message.tsx";
import { useFormat } from "../i18n/format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { QueryView } from "../ui/query-view.tsx";
import { type Variance, useBaselines, useSaveBaseline, useVariance } from "./tracking-api.ts";
import { VarianceChart } from "./variance-chart.tsx";

/**
 * Execution tracking: save the latest plan as a named baseline; pick a baseline and see the forecast
 * (the latest plan, re-planned from the scenario's actuals) against it — slip per activity and
 * milestone, cost variance, the new critical path — with baseline, forecast and progress on one chart.
 */
export function TrackingPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const baselines = useBaselines(scenarioId);
  const [chosen, setChosen] = useState<string | null>(null);
  const names = (baselines.data ?? []).map((b) => b.name);
  const selected = chosen && names.includes(chosen) ? chosen : (names.at(-1) ?? null);
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("tracking.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("tracking.intro")}
      </Text>
      <SaveBaseline scenarioId={scenarioId} onSaved={setChosen} />
      <QueryView query={baselines}>
        {(list) =>
          list.length === 0 ? (
            <Text data-testid="no-baselines">{t("tracking.noBaselines")}</Text>
          ) : (
            <Select
              label={t("tracking.baseline")}
              data={list.map((b) => ({ value: b.name, label: b.name }))}
              value={selected}
              onChange={setChosen}
              allowDeselect={false}
              w={320}
              data-testid="baseline-select"
            />
          )
        }
      </QueryView>
      {selected ? <VarianceView scenarioId={scenarioId} name={selected} /> : null}
    </Stack>
  );
}

function SaveBaseline({ scenarioId, onSaved }: { scenarioId: string; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  // The latest plan the roadmap already loads (cached): its job is what a baseline is saved from.
  const latest = useLatestPlan(scenarioId);
  const jobId = latest.data?.jobId;
  const save = useSaveBaseline(scenarioId);
  const [name, setName] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!jobId || !name.trim()) return;
    save.mutate(
      { name: name.trim(), jobId },
      {
        onSuccess: (b) => {
          setName("");
          onSaved(b.name);
        },
      },
    );
  };
  return (
    <Card withBorder>
      <form onSubmit={submit}>
        <Group align="end">
          <TextInput
            label={t("tracking.baselineName")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={80}
            data-testid="baseline-name"
          />
          <Button
            type="submit"
            disabled={!jobId || !name.trim()}
            loading={save.isPending}
            data-testid="save-baseline"
          >
            {t("tracking.saveBaseline")}
          </Button>
          {latest.data === null ? <Text size="sm">{t("tracking.noPlan")}</Text> : null}
        </Group>
      </form>
      {save.error ? <ProblemAlert error={save.error} /> : null}
    </Card>
  );
}

/** Slipped cells in red. */
const late = (slip: number | null) => ((slip ?? 0) > 0 ? { c: "red" } : {});

function VarianceView({ scenarioId, name }: { scenarioId: string; name: string }) {
  const query = useVariance(scenarioId, name);
  return <QueryView query={query}>{(answer) => <VarianceBody variance={answer.variance} />}</QueryView>;
}

function VarianceBody({ variance }: { variance: Variance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say } = useDomainText();
  const { totals } = variance;
  const slip = totals.completionSlipDays;
  const label = (a: { name: string; nameMessage: Parameters<typeof say>[0] }) => say(a.nameMessage, a.name);
  const byId = new Map(variance.activities.map((a) => [a.activity, a]));
  const days = (n: number | null) => (n === null ? "—" : t("tracking.days", { count: n }));
  return (
    <Stack data-testid="variance">
      {variance.asOf ? (
        <Text size="sm">{t("tracking.asOf", { date: format.date(variance.asOf) })}</Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="xs" c="dimmed">
            {t("tracking.completion")}
          </Text>
          <Text>
            {format.date(totals.baselineCompletion)} → {format.date(totals.forecastCompletion)}
          </Text>
          <Badge color={slip && slip > 0 ? "red" : "green"} data-testid="completion-slip">
            {slip === null ? "—" : t("tracking.slip", { count: slip })}
          </Badge>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed">
            {t("tracking.cost")}
          </Text>
          <Text>
            {format.money(totals.baselineCost, totals.currency)} →{" "}
            {format.money(totals.forecastCost, totals.currency)}
          </Text>
          <Text size="sm">
            {t("tracking.costVariance", { amount: format.money(totals.costVariance, totals.currency) })}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed">
            {t("tracking.spent")}
          </Text>
          <Text>{format.money(totals.spent, totals.currency)}</Text>
        </Card>
      </SimpleGrid>
      <Card withBorder style={{ overflowX: "auto" }}>
        <Title order={3} size="h5" mb="xs">
          {t("tracking.chart")}
        </Title>
        <VarianceChart variance={variance} label={label} />
        <Text size="xs" c="dimmed">
          {t("tracking.legend")}
        </Text>
      </Card>
      {variance.newlyCritical.length > 0 ? (
        <Alert color="orange" title={t("tracking.newlyCritical")} data-testid="newly-critical">
          {variance.newlyCritical.map((id) => (byId.get(id) ? label(byId.get(id)!) : id)).join(" → ")}
        </Alert>
      ) : null}
      <Table striped data-testid="variance-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("tracking.activity")}</Table.Th>
            <Table.Th>{t("tracking.statusLabel")}</Table.Th>
            <Table.Th>{t("tracking.baseline")}</Table.Th>
            <Table.Th>{t("tracking.forecast")}</Table.Th>
            <Table.Th>{t("tracking.slipColumn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {variance.activities.map((a) => (
            <Table.Tr key={a.activity} data-activity={a.activity}>
              <Table.Td>
                {label(a)}{" "}
                {a.critical ? (
                  <Badge size="xs" color="red">
                    {t("tracking.critical")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`tracking.status.${a.status}`)}</Table.Td>
              <Table.Td>
                {format.date(a.baselineStart)} – {format.date(a.baselineFinish)}
              </Table.Td>
              <Table.Td>
                {format.date(a.forecastStart)} – {format.date(a.forecastFinish)}
              </Table.Td>
              <Table.Td {...late(a.slipDays)}>{days(a.slipDays)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h5">
        {t("tracking.milestones")}
      </Title>
      <Table striped data-testid="milestone-table">
        <Table.Tbody>
          {variance.milestones.map((m) => (
            <Table.Tr key={m.activity}>
              <Table.Td>{label(m)}</Table.Td>
              <Table.Td>
                {format.date(m.baseline)} → {format.date(m.forecast)}
              </Table.Td>
              <Table.Td {...late(m.slipDays)}>{days(m.slipDays)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
