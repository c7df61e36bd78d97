import { Button, Card, Group, NumberInput, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import { jobFailure, useJobRunner } from "../../api/jobs.ts";
import { normalizePlan } from "../../api/normalize-plan.ts";
import type { Plan, ScenarioShape, WhatIfResult } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { JobProgress } from "../../ui/job-progress.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { DiffTable } from "./diff-table.tsx";
import { activityLabels, type RoadmapNames } from "./gantt-tasks.ts";
import { appendChange, blockPartnerChange, cutTrancheChange, delayTrancheChange } from "./whatif-changes.ts";

/** Builds a change set (block a partner, delay or cut a tranche, or free YAML), runs it, shows the diff. */
export function WhatIfPanel({
  scenarioId,
  shape,
  baseline,
}: {
  scenarioId: string;
  shape: ScenarioShape | undefined;
  baseline: Plan;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say, name, currency } = useDomainText();
  const runner = useJobRunner<WhatIfResult>();
  const [changes, setChanges] = useState("");
  const [partner, setPartner] = useState<string | null>(null);
  const tranches = (shape?.funds?.instruments ?? []).flatMap((inst) =>
    (inst.tranches ?? []).map((tr) => ({
      value: `${inst.id}@${tr.date}`,
      label: `${inst.name ?? inst.id} · ${format.date(tr.date)} · ${format.money(tr.amount, currency)}`,
      instrument: inst.id,
      date: tr.date,
    })),
  );
  const [tranche, setTranche] = useState<string | null>(null);
  const [days, setDays] = useState<number>(180);
  const [percent, setPercent] = useState<number>(50);
  const chosen = tranches.find((tr) => tr.value === tranche);
  const append = (change: string) => setChanges((old) => appendChange(old, change));
  const raw = runner.job?.status === "succeeded" ? runner.job.result : undefined;
  const result = raw
    ? {
        ...normalizePlan(raw),
        diff: Array.isArray(raw.diff) ? raw.diff : [],
        ...(raw.baselineImprovable ? { baselineImprovable: raw.baselineImprovable } : {}),
      }
    : undefined;
  const roadmapNames: RoadmapNames = {
    activity: (a) => say(a.nameMessage, a.name),
    partner: (id) => name("partner", id),
    model: (id) => name("model", id),
    target: (id) => name("target", id),
  };
  // Activity labels as the roadmap shows them (twins told apart by target); the baseline's first.
  const names = new Map([
    ...(result ? activityLabels(result, roadmapNames) : []),
    ...activityLabels(baseline, roadmapNames),
  ]);
  const partners = (shape?.partners ?? []).map((p) => ({ value: p.id, label: p.name ?? p.id }));

  return (
    <Card withBorder data-testid="whatif-panel">
      <Title order={3} size="h4" mb="xs">
        {t("whatif.title")}
      </Title>
      <Stack gap="sm">
        <Group align="flex-end">
          <Select
            label={t("whatif.blockPartner")}
            data={partners}
            value={partner}
            onChange={setPartner}
            w={240}
            data-testid="whatif-partner"
          />
          <Button
            variant="light"
            disabled={!partner}
            onClick={() => partner && append(blockPartnerChange(partner))}
            data-testid="whatif-add-block"
          >
            {t("whatif.add")}
          </Button>
        </Group>
        <Group align="flex-end">
          <Select label={t("whatif.tranche")} data={tranches} value={tranche} onChange={setTranche} w={360} />
          <NumberInput
            label={t("whatif.delayDays")}
            value={days}
            onChange={(v) => setDays(Number(v))}
            min={1}
            max={3650}
            w={120}
          />
          <Button
            variant="light"
            disabled={!chosen}
            onClick={() => chosen && append(delayTrancheChange(chosen.instrument, chosen.date, days))}
          >
            {t("whatif.delay")}
          </Button>
          <NumberInput
            label={t("whatif.cutPercent")}
            value={percent}
            onChange={(v) => setPercent(Number(v))}
            min={1}
            max={100}
            w={120}
          />
          <Button
            variant="light"
            disabled={!chosen}
            onClick={() =>
              chosen && append(cutTrancheChange(chosen.instrument, chosen.date, 1 - percent / 100))
            }
          >
            {t("whatif.cut")}
          </Button>
        </Group>
        <Textarea
          className="editor-area"
          label={t("whatif.changes")}
          description={t("whatif.changesHint")}
          value={changes}
          onChange={(e) => setChanges(e.currentTarget.value)}
          autosize
          minRows={4}
          data-testid="whatif-changes"
        />
        <Group>
          <Button
            onClick={() => void runner.start(() => api.startWhatIf(scenarioId, changes))}
            disabled={!changes.trim()}
            loading={runner.running}
            data-testid="whatif-run"
          >
            {t("whatif.run")}
          </Button>
          <Button variant="subtle" onClick={() => setChanges("")} disabled={!changes}>
            {t("whatif.clear")}
          </Button>
        </Group>
        <JobProgress job={runner.job} label={t("whatif.job")} />
        <ProblemAlert error={runner.error} />
        {runner.job?.status === "failed" ? <ProblemAlert error={jobFailure(runner.job)} /> : null}
        {result ? (
          <Stack gap="xs">
            <Text size="sm" data-testid="whatif-completion">
              {t("whatif.completion", {
                before: format.date(baseline.completion?.date),
                after: format.date(result.completion?.date),
              })}
            </Text>
            {result.reason || result.reasonMessage ? (
              <Text size="sm" c="orange" data-testid="whatif-reason">
                {say(result.reasonMessage, result.reason)}
              </Text>
            ) : null}
            {result.baselineImprovable ? (
              <Text size="sm" c="dimmed" data-testid="whatif-improvable">
                {say(result.baselineImprovable.message, result.baselineImprovable.reason)}
              </Text>
            ) : null}
            <DiffTable diff={result.diff ?? []} names={names} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
