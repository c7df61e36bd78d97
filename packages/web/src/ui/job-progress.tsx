import { Button, Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { api } from "../api/endpoints.ts";
import { isTerminal } from "../api/jobs.ts";
import type { Job } from "../api/types.ts";

/** A labelled progress bar for a server job, with a cancel button while it runs. */
export function JobProgress({ job, label }: { job: Job | undefined; label: string }) {
  const { t } = useTranslation();
  if (!job) return null;
  const percent = Math.round(Math.max(0, Math.min(1, job.progress ?? 0)) * 100);
  const done = isTerminal(job.status);
  return (
    <div data-testid="job-progress" data-status={job.status}>
      <Group justify="space-between" mb={4}>
        <Text size="sm">
          {label}: {t(`jobs.${job.status}`)} {job.message ? `— ${job.message}` : ""}
        </Text>
        {!done && (
          <Button size="xs" variant="subtle" color="red" onClick={() => void api.cancelJob(job.id)}>
            {t("jobs.cancel")}
          </Button>
        )}
      </Group>
      <Progress.Root size="lg">
        <Progress.Section
          value={done ? 100 : percent}
          color={job.status === "failed" ? "red" : job.status === "succeeded" ? "teal" : "blue"}
          animated={!done}
          aria-label={label}
        >
          <Progress.Label>{done ? t(`jobs.${job.status}`) : `${percent}%`}</Progress.Label>
        </Progress.Section>
      </Progress.Root>
    </div>
  );
}
