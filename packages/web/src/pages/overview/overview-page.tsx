import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { OpenAlertsCard } from "../../alerts/open-alerts-card.tsx";
import { StalePlanHint } from "../../alerts/stale-plan-hint.tsx";
import { api } from "../../api/endpoints.ts";
import { awaitJob } from "../../api/jobs.ts";
import { useLatestPlan, usePartnerFit } from "../../api/queries.ts";
import type { Plan, RiskResult, ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { useFormat } from "../../i18n/format.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { QueryView } from "../../ui/query-view.tsx";
import { StatCard } from "../../ui/stat-card.tsx";
import { PlanRunner } from "../roadmap/plan-runner.tsx";
import { BudgetChart } from "../roadmap/resource-charts.tsx";
import { DependenceCard } from "./dependence-card.tsx";

/** Samples for the quick P50/P80 estimate on this page; the Risk page runs larger studies. */
const OVERVIEW_SAMPLES = 200;

export function OverviewPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const scenario = useScenario(scenarioId);
  const plan = useLatestPlan(scenarioId);
  return (
    <Stack>
      <QueryView query={scenario}>
        {(doc) => (
          <div>
            <Title order={2} data-testid="page-title">
              {t("overview.title")}: {doc.name}
            </Title>
            <Text c="dimmed" size="sm">
              {t("overview.version", { version: doc.version })} ·{" "}
              {(doc.scenario as ScenarioShape)?.program?.country}
            </Text>
          </div>
        )}
      </QueryView>
      {plan.data?.scenarioVersion !== undefined &&
      scenario.data &&
      scenario.data.version > plan.data.scenarioVersion ? (
        <Alert color="orange" title={t("overview.replanTitle")} data-testid="plan-outdated">
          {t("overview.replanBody", {
            planVersion: plan.data.scenarioVersion,
            version: scenario.data.version,
          })}
        </Alert>
      ) : null}
      <StalePlanHint scenarioId={scenarioId} hasPlan={Boolean(plan.data)} />
      <OpenAlertsCard scenarioId={scenarioId} />
      <QueryView query={plan}>
        {(latest) =>
          latest ? (
            <PlanSummary
              scenarioId={scenarioId}
              plan={latest}
              shape={scenario.data?.scenario as ScenarioShape}
            />
          ) : (
            <Card withBorder>
              <Text mb="sm">{t("overview.noPlan")}</Text>
              <PlanRunner scenarioId={scenarioId} hasPlan={false} />
            </Card>
          )
        }
      </QueryView>
    </Stack>
  );
}

function PlanSummary({
  scenarioId,
  plan,
  shape,
}: {
  scenarioId: string;
  plan: Plan;
  shape: ScenarioShape | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const risk = useQuery({
    queryKey: ["risk-estimate", scenarioId],
    queryFn: () => awaitJob<RiskResult>(() => api.startRisk(scenarioId, OVERVIEW_SAMPLES, 1)),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const fit = usePartnerFit(scenarioId);
  const lastBudget = plan.budget.at(-1);
  const targets = shape?.targets ?? [];
  const outcomes = new Map((plan.targets ?? []).map((o) => [o.targetId, o]));
  const firstDue = risk.data?.dueDates[0];
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard
          label={t("overview.completion")}
          value={format.date(plan.completion?.date)}
          hint={t(`status.${plan.status}`, { defaultValue: plan.status })}
          testId="stat-completion"
        />
        <StatCard
          label={t("overview.p50")}
          value={risk.data ? format.date(risk.data.p50) : risk.isFetching ? "…" : "—"}
          hint={t("overview.samples", { count: OVERVIEW_SAMPLES })}
          testId="stat-p50"
        />
        <StatCard
          label={t("overview.p80")}
          value={risk.data ? format.date(risk.data.p80) : risk.isFetching ? "…" : "—"}
          hint={
            risk.data && risk.data.noPlan.count > 0
              ? t("overview.noPlanShare", { p: format.percent(risk.data.probabilityNoPlan) })
              : firstDue
                ? t("overview.onTime", {
                    date: format.date(firstDue.dueDate),
                    p: format.percent(firstDue.probability),
                  })
                : undefined
          }
          testId="stat-p80"
        />
        <StatCard
          label={t("overview.budgetUsed")}
          value={lastBudget ? format.money(lastBudget.cumulativeSpend, shape?.program?.currency) : "—"}
          hint={
            lastBudget
              ? t("overview.ofAvailable", {
                  amount: format.money(lastBudget.cumulativeAvailable, shape?.program?.currency),
                })
              : undefined
          }
          testId="stat-budget"
        />
      </SimpleGrid>
      {risk.error ? <ProblemAlert error={risk.error} /> : null}
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("overview.targets")}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("overview.target")}</Table.Th>
              <Table.Th>{t("overview.dueDate")}</Table.Th>
              <Table.Th>{t("overview.productionStart")}</Table.Th>
              <Table.Th>{t("overview.late")}</Table.Th>
              <Table.Th>{t("overview.onTimeProbability")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((target) => {
              const outcome = outcomes.get(target.id);
              const due = risk.data?.dueDates.find((d) => d.targetId === target.id);
              return (
                <Table.Tr key={target.id}>
                  <Table.Td>{target.name ?? target.id}</Table.Td>
                  <Table.Td>{format.date(target.dueDate)}</Table.Td>
                  <Table.Td>{format.date(outcome?.productionStart)}</Table.Td>
                  <Table.Td>{outcome ? t("overview.days", { count: outcome.lateDays ?? 0 }) : "—"}</Table.Td>
                  <Table.Td>{due ? format.percent(due.probability) : "—"}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t("overview.budgetTitle")}
          </Title>
          <BudgetChart plan={plan} height={240} />
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t("overview.dependenceTitle")}
          </Title>
          <QueryView query={fit}>{(report) => <DependenceCard plan={plan} report={report} />}</QueryView>
        </Card>
      </SimpleGrid>
      <Group>
        <PlanRunner scenarioId={scenarioId} hasPlan />
      </Group>
    </Stack>
  );
}
