import { Button, Group, SegmentedControl, Stack } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import { jobFailure, useJobRunner } from "../../api/jobs.ts";
import type { Plan } from "../../api/types.ts";
import { JobProgress } from "../../ui/job-progress.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

/** "Run plan": starts a plan job, shows its progress, and refreshes the latest plan when it succeeds. */
export function PlanRunner({ scenarioId, hasPlan }: { scenarioId: string; hasPlan: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const runner = useJobRunner<Plan>();
  const status = runner.job?.status;
  // The same profiles as the CLI and the server (the domain's PLANNING_PROFILES); default standard.
  const [profile, setProfile] = useState("standard");

  useEffect(() => {
    if (status === "succeeded") {
      void client.invalidateQueries({ queryKey: ["plan", scenarioId] });
      void client.invalidateQueries({ queryKey: ["risk-estimate", scenarioId] });
    }
  }, [status, client, scenarioId]);

  return (
    <Stack gap="xs">
      <Group>
        <SegmentedControl
          aria-label={t("profiles.label")}
          value={profile}
          onChange={setProfile}
          data={(["quick", "standard", "thorough"] as const).map((p) => ({
            value: p,
            label: t(`profiles.${p}`),
          }))}
          data-testid="plan-profile"
        />
        <Button
          onClick={() => void runner.start(() => api.startPlan(scenarioId, { seed: 1, profile }))}
          loading={runner.running}
          data-testid="run-plan"
        >
          {hasPlan ? t("roadmap.rerun") : t("roadmap.run")}
        </Button>
      </Group>
      <JobProgress job={runner.job} label={t("roadmap.planJob")} />
      <ProblemAlert error={runner.error} />
      {runner.job?.status === "failed" ? <ProblemAlert error={jobFailure(runner.job)} /> : null}
    </Stack>
  );
}
