import { z } from "zod";
import { PROFILE_NAMES } from "../policy/profiles.ts";
import { IsoDate } from "./common.ts";
import { PlanStatusSchema } from "./plan.ts";

/** One variant of a sweep: its options, the plan's outcome, the risk over its samples. */
export const SweepRowSchema = z
  .strictObject({
    index: z.number().int(),
    options: z.array(z.strictObject({ dimension: z.string(), option: z.string() })),
    status: PlanStatusSchema,
    completion: IsoDate.nullable(),
    totalCost: z.number(),
    currency: z.string(),
    partners: z.array(z.string()),
    samples: z.number().int(),
    p50: IsoDate.nullable(),
    p80: IsoDate.nullable(),
    probabilityNoPlan: z.number().nullable(),
  })
  .meta({ id: "SweepRow" });

/** A range of a variant's risk samples, as a sweep job stores it (merged into the row's P50/P80). */
export const RiskSampleRangeSchema = z
  .strictObject({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    completions: z.array(IsoDate),
    noPlan: z.number().int().min(0),
  })
  .meta({ id: "RiskSampleRange" });

/** A whole sweep (the CLI's answer; the API serves the same rows with progress). */
export const SweepReportSchema = z
  .strictObject({
    name: z.string().nullable(),
    dimensions: z.array(z.string()),
    profile: z.enum(PROFILE_NAMES),
    seed: z.number().int(),
    samples: z.number().int(),
    rows: z.array(SweepRowSchema),
  })
  .meta({ id: "SweepReport" });
