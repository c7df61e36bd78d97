import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { ApiProblem } from "./client.ts";
import { api } from "./endpoints.ts";
import type { Job, JobStatus, Problem, ProblemLike } from "./types.ts";

const POLL_MS = 400;

export function isTerminal(status: JobStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}

type Result = Job["result"];

export function jobFailure(job: Job<Result>): ApiProblem {
  if (typeof job.error === "object" && job.error) {
    // A failed job's error is a problem document, or (stored by older servers) `{code, message}`.
    const e = job.error as Partial<Problem> & { message?: string };
    return new ApiProblem({
      ...e,
      status: typeof e.status === "number" ? e.status : 422,
      code: e.code ?? "INTERNAL",
      ...(e.detail === undefined && typeof e.message === "string" ? { detail: e.message } : {}),
    } as ProblemLike);
  }
  return new ApiProblem({
    status: 500,
    code: job.status === "cancelled" ? "CONFLICT" : "INTERNAL",
    detail: job.message ?? job.status,
  });
}

/** Polls `GET /api/jobs/:id` until the job ends; polling is simpler to test than SSE and just as honest. */
export function useJob<R extends Result>(jobId: string | null) {
  return useQuery({
    queryKey: ["job", jobId],
    queryFn: () => api.job<R>(jobId ?? ""),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && isTerminal(q.state.data.status) ? false : POLL_MS),
  });
}

/** Starts a job and exposes its live state; `start` takes the POST that returns `{ jobId }`. */
export function useJobRunner<R extends Result>() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob<R>(jobId);
  const start = useCallback(async (post: () => Promise<{ jobId: string }>) => {
    setStartError(null);
    setStarting(true);
    try {
      setJobId((await post()).jobId);
    } catch (error) {
      setStartError(error);
      setJobId(null);
    } finally {
      setStarting(false);
    }
  }, []);
  const data = job.data;
  const running = starting || (data !== undefined && !isTerminal(data.status)) || (jobId !== null && !data);
  return { jobId, job: data, start, running, error: startError ?? job.error ?? null };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a job to its end and returns the result, for queries that only need the answer. */
export async function awaitJob<R extends Result>(post: () => Promise<{ jobId: string }>): Promise<R> {
  const { jobId } = await post();
  for (;;) {
    const job = await api.job<R>(jobId);
    if (job.status === "succeeded") return job.result as R;
    if (isTerminal(job.status)) throw jobFailure(job);
    await sleep(POLL_MS);
  }
}
