import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLatestPlan } from "../../api/queries.ts";
import type { Plan, ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { BriefLinks } from "../../tracking/brief-links.tsx";
import { PHASE_COLORS } from "../../app/theme.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { QueryView } from "../../ui/query-view.tsx";
import { ActivityTable } from "./activity-table.tsx";
import { ExplanationPanel } from "./explanation-panel.tsx";
import { GanttChart } from "./gantt-chart.tsx";
import { PlanRunner } from "./plan-runner.tsx";
import { BlockingAlert, LocalizationCard, ProvenanceCard } from "./provenance-card.tsx";
import { RejectedTable } from "./rejected-table.tsx";
import { BudgetChart, WorkforceChart } from "./resource-charts.tsx";
import { WhatIfPanel } from "./whatif-panel.tsx";

export function RoadmapPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const plan = useLatestPlan(scenarioId);
  const scenario = useScenario(scenarioId);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} data-testid="page-title">
          {t("roadmap.title")}
        </Title>
        <Group gap="xs">
          {plan.data ? <BriefLinks scenarioId={scenarioId} /> : null}
          <PlanRunner scenarioId={scenarioId} hasPlan={Boolean(plan.data)} />
        </Group>
      </Group>
      <QueryView query={plan}>
        {(latest) =>
          latest ? (
            <RoadmapView
              scenarioId={scenarioId}
              plan={latest}
              shape={scenario.data?.scenario as ScenarioShape | undefined}
            />
          ) : (
            <Text>{t("overview.noPlan")}</Text>
          )
        }
      </QueryView>
    </Stack>
  );
}

function RoadmapView({
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
  const { say } = useDomainText();
  const [selected, setSelected] = useState<string | null>(plan.criticalPath[0] ?? null);
  const activity = plan.activities.find((a) => a.id === selected);
  return (
    <Stack>
      <Group gap="lg" data-testid="plan-summary">
        <Text>
          {t("roadmap.completion")}: <b>{format.date(plan.completion?.date)}</b>
        </Text>
        <Badge color={plan.status === "infeasible" ? "red" : plan.status === "unknown" ? "orange" : "teal"}>
          {t(`status.${plan.status}`, { defaultValue: plan.status })}
        </Badge>
        {plan.totalCost !== undefined ? (
          <Text>
            {t("roadmap.totalCost")}: <b>{format.money(plan.totalCost, shape?.program?.currency)}</b>
          </Text>
        ) : null}
        <Group gap={6} aria-label={t("roadmap.legend")}>
          {Object.entries(PHASE_COLORS).map(([phase, color]) => (
            <Badge key={phase} color={color} variant="filled">
              {t(`phases.${phase}`)}
            </Badge>
          ))}
          <Badge color="red" variant="outline">
            {t("roadmap.critical")}
          </Badge>
        </Group>
      </Group>
      {plan.reason || plan.reasonMessage ? (
        <Text c="orange" data-testid="plan-reason">
          {say(plan.reasonMessage, plan.reason)}
        </Text>
      ) : null}
      <BlockingAlert plan={plan} />
      <GanttChart plan={plan} onSelect={setSelected} />
      <ExplanationPanel activity={activity} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4">
            {t("roadmap.budget")}
          </Title>
          <BudgetChart plan={plan} />
        </Card>
        <Card withBorder>
          <Title order={3} size="h4">
            {t("roadmap.workforce")}
          </Title>
          <WorkforceChart plan={plan} />
        </Card>
      </SimpleGrid>
      <WhatIfPanel scenarioId={scenarioId} shape={shape} baseline={plan} />
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t("roadmap.activities")}
        </Title>
        <ActivityTable plan={plan} selected={selected} onSelect={setSelected} />
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t("roadmap.rejected")}
        </Title>
        <RejectedTable rejected={plan.rejected} />
      </Card>
      <LocalizationCard
        plan={plan}
        targetName={(id) => shape?.targets?.find((x) => x.id === id)?.name ?? id}
      />
      <ProvenanceCard plan={plan} />
    </Stack>
  );
}
