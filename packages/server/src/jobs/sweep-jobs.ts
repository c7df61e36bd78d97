import {
  completeRow,
  type Plan,
  PlanSchema,
  type ReferenceData,
  RiskSampleRangeSchema,
  type Scenario,
  SweepRowSchema,
  planVariant,
  sampleRanges,
  variantSamples,
} from "@chiproad/domain";
import { ChiproadError } from "@chiproad/data";
import { z } from "@hono/zod-openapi";
import type { JobRecord } from "@chiproad/db";
import type { JobContext, SweepVariantParams } from "./requests.ts";

/**
 * A sweep variant runs as jobs: the variant's own job plans it and runs the first range of its risk
 * samples (`sampleRanges`); when there are more, its result keeps the plan and its completion queues
 * one job per further range (the runner passes each the stored plan). The row is merged from the
 * stored ranges once every job of the variant succeeded — the same row `runVariant` gives, whatever
 * ran where.
 */

/** What a variant's own job stores (its `plan` is stored too when range jobs follow, but not read back here). */
const VariantJobResult = z.strictObject({
  row: SweepRowSchema,
  planned: z.boolean(),
  range: RiskSampleRangeSchema.nullable(),
});
/** What a range job stores. */
const RangeJobResult = z.strictObject({ range: RiskSampleRangeSchema });

/** A sweep job's result as GET /api/jobs/{id} shows it: a variant's job (with the plan when ranges follow) or a range job. */
export const SweepJobResultSchema = z
  .union([VariantJobResult.extend({ plan: PlanSchema.optional() }), RangeJobResult])
  .openapi("SweepJobResult");

type Progress = (p: { fraction: number; message: string }) => void;

/**
 * One sweep job's computation (in the worker thread). `baseline` is the variant's stored plan for a
 * range job (whose reference data the runner built from the plan's dataset versions).
 */
export function computeSweepJob(
  job: JobContext,
  params: SweepVariantParams,
  scenario: Scenario,
  ref: ReferenceData,
  baseline: Plan | undefined,
  onProgress: Progress,
): { result: unknown; status: string | null; followUps?: Record<string, unknown>[] } {
  const { variant, options, changes, samples, profile, seed, range } = params;
  const v = { index: variant, options, changes };
  const opts = { ...(profile ? { profile } : {}), ...(seed !== undefined ? { seed } : {}) };
  if (range) {
    if (!baseline)
      throw new ChiproadError(
        "NOT_FOUND",
        `the plan of variant ${variant + 1} (job ${range.planJob}) is not stored`,
      );
    onProgress({ fraction: 0, message: `variant ${variant + 1}, samples ${range.from + 1}-${range.to}` });
    const result = {
      range: variantSamples(scenario, ref, v, baseline, { ...opts, from: range.from, to: range.to }),
    };
    return { result, status: null };
  }
  onProgress({ fraction: 0, message: `variant ${variant + 1}` });
  const planned = planVariant(scenario, ref, v, opts);
  const [first, ...rest] = planned.planned ? sampleRanges(samples) : [];
  const own = first ? variantSamples(scenario, ref, v, planned.plan, { ...opts, ...first }) : null;
  const result = { row: planned.row, planned: planned.planned, range: own };
  if (rest.length === 0) return { result, status: planned.row.status };
  return {
    result: { ...result, plan: planned.plan },
    status: planned.row.status,
    // A range job finds the variant's plan by the job that stored it (this one), and reads the
    // dataset versions this plan read, whatever was imported since.
    followUps: rest.map((r) => ({ ...params, range: { ...r, planJob: job.jobId, datasets: job.datasets } })),
  };
}

type JobStatus = JobRecord["status"];

export interface SweepVariantState {
  index: number;
  options: { dimension: string; option: string }[];
  /** The variant's own job (it plans the variant). */
  jobId: string;
  /** Over the variant's jobs: failed or cancelled if one is, succeeded when all are, else queued or running. */
  status: JobStatus;
  /** The worker that planned it. */
  worker?: string;
  error?: JobRecord["error"];
  /** Its jobs: the variant's own and one per further range of samples (known once it is planned). */
  jobs: { done: number; total: number };
  /** The merged row once every job of the variant succeeded. */
  row?: z.infer<typeof SweepRowSchema>;
}

/**
 * The sweep's jobs (in grid order, each with its stored result) → one state per variant, with its row
 * when every range is in. Results stored by an earlier version (a whole row per variant) still read.
 */
export function sweepVariants(
  jobs: readonly { job: JobRecord; result: unknown }[],
  samples: number,
): SweepVariantState[] {
  const byVariant = new Map<number, { job: JobRecord; result: unknown }[]>();
  for (const j of jobs) {
    const index = (j.job.params as { variant: number }).variant;
    byVariant.set(index, [...(byVariant.get(index) ?? []), j]);
  }
  return [...byVariant.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, all]) => variantState(index, all, samples));
}

function variantState(
  index: number,
  all: readonly { job: JobRecord; result: unknown }[],
  samples: number,
): SweepVariantState {
  const own = all.find((j) => !(j.job.params as { range?: unknown }).range) ?? all[0]!;
  const options = (own.job.params as { options: SweepVariantState["options"] }).options;
  const legacy = SweepRowSchema.safeParse(own.result);
  const planned = VariantJobResult.safeParse(own.result);
  // Once the variant is planned, its ranges are known: one per job.
  const expected = planned.success && planned.data.planned ? sampleRanges(samples).length : 0;
  const ranges = all.flatMap((j) => {
    if (j === own) return planned.success && planned.data.range ? [planned.data.range] : [];
    const r = RangeJobResult.safeParse(j.result);
    return r.success ? [r.data.range] : [];
  });
  const row = legacy.success
    ? legacy.data
    : planned.success && ranges.length === expected
      ? completeRow(planned.data, samples, ranges)
      : undefined;
  const statuses = new Set(all.map((j) => j.job.status));
  const only = (s: JobStatus) => statuses.size === 1 && statuses.has(s);
  const everyDone = only("succeeded");
  // A failed or cancelled job decides; then all succeeded (with a row, or it is broken); all queued;
  // anything else is under way.
  const status: JobStatus = statuses.has("failed")
    ? "failed"
    : statuses.has("cancelled")
      ? "cancelled"
      : everyDone
        ? row
          ? "succeeded"
          : "failed"
        : only("queued")
          ? "queued"
          : "running";
  const error =
    all.find((j) => j.job.error)?.job.error ??
    (everyDone && !row
      ? { code: "INTERNAL", message: `variant ${index + 1}: its stored sample ranges do not make a row` }
      : undefined);
  return {
    index,
    options,
    jobId: own.job.id,
    status,
    ...(own.job.worker ? { worker: own.job.worker } : {}),
    ...(error ? { error } : {}),
    jobs: {
      done: all.filter((j) => j.job.status === "succeeded").length,
      total: Math.max(all.length, expected, 1),
    },
    ...(row ? { row } : {}),
  };
}
