import { ChiproadError } from "@chiproad/data";
import { z } from "@hono/zod-openapi";
import { ChangeSchema, PROFILE_NAMES } from "@chiproad/domain";

/**
 * The one declaration of what a job asks for: the routes validate request bodies with these
 * schemas, the database stores them as the job's params, and the worker parses them again into
 * the `JobRequest` union and switches on its kind exhaustively.
 */

const Seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1)
  .optional();
/** Optional wall-clock cap; the plan reports when it, not the work budget, ended the search. */
const TimeLimit = z.number().int().min(100).max(600_000).optional();
/** The planning profile (work budget), the same set every door offers; default `standard`. */
const Profile = z.enum(PROFILE_NAMES).optional();
const MaxSchedules = z.number().int().min(1).max(10_000_000).optional();

export const PlanParams = z
  .strictObject({ profile: Profile, timeLimitMs: TimeLimit, maxSchedules: MaxSchedules, seed: Seed })
  .openapi("PlanRequest");
export const WhatIfParams = z
  .strictObject({
    /** A change set as YAML text or as an object; both go through the domain's positioned parser. */
    changes: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    profile: Profile,
    timeLimitMs: TimeLimit,
    maxSchedules: MaxSchedules,
    seed: Seed,
  })
  .openapi("WhatIfRequest");
export const RiskParams = z
  .strictObject({ samples: z.number().int().min(1).max(100_000), profile: Profile, seed: Seed })
  .openapi("RiskRequest");

/** The stored dataset versions a job read (null: none imported, the shipped samples). */
export const DatasetVersions = z.strictObject({
  trade: z.number().int().min(1).nullable(),
  entities: z.number().int().min(1).nullable(),
});
export type DatasetVersions = z.infer<typeof DatasetVersions>;

/** Which job runs, and the stored dataset versions its reference data was built from. */
export interface JobContext {
  jobId: string;
  datasets: DatasetVersions;
}

/** One variant of a sweep: its options and changes, planned and risk-analysed (stored by the sweep route). */
export const SweepVariantParams = z
  .strictObject({
    sweepId: z.string(),
    variant: z.number().int().min(0),
    options: z.array(z.strictObject({ dimension: z.string(), option: z.string() })),
    changes: z.array(ChangeSchema),
    samples: z.number().int().min(0).max(100_000),
    profile: Profile,
    seed: Seed,
    /**
     * A further range of the variant's risk samples, perturbing the plan stored by the variant's job
     * (`planJob`) with the dataset versions that plan read (`datasets`, stored versions; null: the
     * shipped samples); absent on the variant's own job, which plans and runs the first range.
     */
    range: z
      .strictObject({
        from: z.number().int().min(0),
        to: z.number().int().min(1),
        planJob: z.string().min(1),
        datasets: DatasetVersions,
      })
      .optional(),
  })
  .openapi("SweepVariantRequest");

export type PlanParams = z.infer<typeof PlanParams>;
export type SweepVariantParams = z.infer<typeof SweepVariantParams>;
export type WhatIfParams = z.infer<typeof WhatIfParams>;
export type RiskParams = z.infer<typeof RiskParams>;

/** A job's request: its kind and its parameters. */
export type JobRequest =
  | { kind: "plan"; params: PlanParams }
  | { kind: "whatif"; params: WhatIfParams }
  | { kind: "risk"; params: RiskParams }
  | { kind: "sweep"; params: SweepVariantParams };

const PARAMS = {
  plan: PlanParams,
  whatif: WhatIfParams,
  risk: RiskParams,
  sweep: SweepVariantParams,
} as const;

/**
 * A stored job's kind and params → a typed request. An unknown kind or params that no longer
 * match (a job queued by another version) throw a BAD_INPUT error naming the path; nothing runs.
 */
export function parseJobRequest(kind: string, params: unknown): JobRequest {
  if (!(kind in PARAMS)) {
    throw new ChiproadError(
      "BAD_INPUT",
      `job kind "${kind}" is not one of ${Object.keys(PARAMS).join(", ")}`,
    );
  }
  const result = PARAMS[kind as keyof typeof PARAMS].safeParse(params);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = ["params", ...(issue?.path ?? [])].join(".");
    throw new ChiproadError("BAD_INPUT", `${kind} job ${path}: ${issue?.message ?? "invalid"}`);
  }
  return { kind, params: result.data } as JobRequest;
}
