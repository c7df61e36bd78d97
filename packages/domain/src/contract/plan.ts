import { z } from "zod";
import { PROFILE_NAMES } from "../policy/profiles.ts";
import { IsoDate, MessageSchema, ProvenanceSchema } from "./common.ts";

export const PhaseSchema = z.enum(["market", "joint-engineering", "localized-production"]);
export const PlanStatusSchema = z.enum(["optimal", "feasible", "infeasible", "unknown"]);

export const AlternativeSchema = z.strictObject({
  partner: z.string(),
  model: z.string(),
  outcome: z.enum([
    "unlawful",
    "later",
    "costlier",
    "infeasible",
    "more-concentrated",
    "equal",
    "not-evaluated",
  ]),
  deltaDays: z.number().optional(),
  deltaCost: z.number().optional(),
  rule: z.string().optional(),
  reason: z.string(),
  message: MessageSchema,
});

export const PlanActivitySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  nameMessage: MessageSchema,
  phase: PhaseSchema,
  kind: z.string(),
  gapId: z.string(),
  targetId: z.string(),
  partner: z.string().nullable(),
  model: z.string().nullable(),
  start: IsoDate,
  finish: IsoDate,
  cost: z.number(),
  critical: z.boolean(),
  explanation: z.string(),
  explanationMessage: MessageSchema,
  alternatives: z.array(AlternativeSchema).optional(),
  progress: z
    .strictObject({
      status: z.enum(["finished", "in-progress"]),
      percentComplete: z.number(),
      spent: z.number(),
    })
    .optional(),
});

const DatedLevel = z.strictObject({ date: IsoDate, required: z.number(), available: z.number() });

const DebtPaymentSchema = z.strictObject({
  date: IsoDate,
  interest: z.number(),
  principal: z.number(),
  balance: z.number(),
});

export const FinancingSchema = z.strictObject({
  currency: z.string(),
  loans: z.array(
    z.strictObject({
      instrument: z.string(),
      name: z.string(),
      principal: z.number(),
      rate: z.number(),
      termYears: z.number(),
      graceYears: z.number(),
      payments: z.array(DebtPaymentSchema),
      totalInterest: z.number(),
    }),
  ),
  totalInterest: z.number(),
  totalDebtService: z.number(),
  cashBalance: z.array(
    z.strictObject({
      date: IsoDate,
      inflow: z.number(),
      spend: z.number(),
      debtService: z.number(),
      balance: z.number(),
    }),
  ),
});

/** Forecast against a baseline plan (`chiproad plan --baseline`): slip in days, cost variance. */
export const VarianceSchema = z
  .strictObject({
    baseline: z.strictObject({
      scenario: z.strictObject({
        id: z.string(),
        version: z.number().int().nullable(),
        sha256: z.string().nullable(),
      }),
    }),
    asOf: IsoDate.nullable(),
    activities: z.array(
      z.strictObject({
        activity: z.string(),
        name: z.string(),
        nameMessage: MessageSchema,
        kind: z.string(),
        status: z.enum(["finished", "in-progress", "not-started"]),
        baselineStart: IsoDate.nullable(),
        baselineFinish: IsoDate.nullable(),
        forecastStart: IsoDate.nullable(),
        forecastFinish: IsoDate.nullable(),
        startSlipDays: z.number().nullable(),
        slipDays: z.number().nullable(),
        baselineCost: z.number().nullable(),
        forecastCost: z.number().nullable(),
        critical: z.boolean(),
      }),
    ),
    milestones: z.array(
      z.strictObject({
        activity: z.string(),
        name: z.string(),
        nameMessage: MessageSchema,
        kind: z.enum(["milestone", "target"]),
        baseline: IsoDate.nullable(),
        forecast: IsoDate.nullable(),
        slipDays: z.number().nullable(),
      }),
    ),
    totals: z.strictObject({
      baselineCompletion: IsoDate.nullable(),
      forecastCompletion: IsoDate.nullable(),
      completionSlipDays: z.number().nullable(),
      baselineCost: z.number(),
      forecastCost: z.number(),
      costVariance: z.number(),
      spent: z.number(),
      currency: z.string(),
    }),
    criticalPath: z.array(z.string()),
    newlyCritical: z.array(z.string()),
  })
  .meta({ id: "Variance" });

export const PlanSearchStatsSchema = z.strictObject({
  profile: z.enum(PROFILE_NAMES),
  seed: z.number().int(),
  maxSchedules: z.number().int(),
  escalations: z.number().int(),
  timeLimitMs: z.number().optional(),
  stoppedBy: z.enum(["budget", "time-limit", "converged", "proof"]),
  solves: z.number().int(),
  schedulesGenerated: z.number().int(),
  elapsedMs: z.number(),
  earliestCompletionDate: IsoDate,
});

/** The roadmap (see the domain's `Plan` for what each field means). */
export const PlanSchema = z
  .strictObject({
    status: PlanStatusSchema,
    reason: z.string().optional(),
    reasonMessage: MessageSchema.optional(),
    startDate: IsoDate,
    timeUnit: z.enum(["day", "week"]),
    completion: z.strictObject({ date: IsoDate.nullable() }),
    targets: z.array(
      z.strictObject({
        targetId: z.string(),
        productionStart: IsoDate.nullable(),
        blockedBy: z.array(z.string()).optional(),
        dueDate: IsoDate.optional(),
        deadline: IsoDate.optional(),
        lateDays: z.number(),
      }),
    ),
    activities: z.array(PlanActivitySchema),
    decisions: z.array(
      z.strictObject({
        gapId: z.string(),
        partner: z.string(),
        firm: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
        model: z.string(),
        modelType: z.string(),
        explanation: z.string(),
        explanationMessage: MessageSchema,
        alternatives: z.array(AlternativeSchema),
      }),
    ),
    rejected: z.array(
      z.strictObject({
        activity: z.string(),
        gapId: z.string(),
        partner: z.string(),
        model: z.string(),
        reason: z.string(),
        message: MessageSchema,
        rule: z.string().optional(),
      }),
    ),
    budget: z.array(
      z.strictObject({ date: IsoDate, cumulativeSpend: z.number(), cumulativeAvailable: z.number() }),
    ),
    workforce: z.array(DatedLevel),
    cleanroom: z.array(DatedLevel),
    phases: z.array(
      z.strictObject({ phase: PhaseSchema, start: IsoDate, finish: IsoDate, activities: z.number().int() }),
    ),
    criticalPath: z.array(z.string()),
    totalCost: z.number(),
    warmStart: z.strictObject({
      entries: z.array(z.strictObject({ activity: z.string(), option: z.string(), start: z.number() })),
    }),
    blocking: z.array(
      z.strictObject({
        gapId: z.string(),
        targetId: z.string(),
        inputName: z.string(),
        reason: z.string(),
        message: MessageSchema,
        rules: z.array(z.string()),
      }),
    ),
    localization: z.array(
      z.strictObject({
        targetId: z.string(),
        steps: z.array(z.strictObject({ date: IsoDate, share: z.number() })),
        final: z.number(),
      }),
    ),
    financing: FinancingSchema,
    stats: PlanSearchStatsSchema,
    provenance: ProvenanceSchema,
    variance: VarianceSchema.optional(),
  })
  .meta({ id: "Plan" });

/** A what-if answer: the re-planned roadmap, its field-by-field diff against the baseline. */
export const WhatIfPlanSchema = PlanSchema.extend({
  diff: z.array(
    z.strictObject({ activity: z.string(), field: z.string(), before: z.unknown(), after: z.unknown() }),
  ),
  baselineImprovable: z.strictObject({ reason: z.string(), message: MessageSchema }).optional(),
}).meta({ id: "WhatIfPlan" });

export const RiskReportSchema = z
  .strictObject({
    samples: z.number().int(),
    completed: z.number().int(),
    noPlan: z.strictObject({
      count: z.number().int(),
      reasons: z.array(
        z.strictObject({ reason: z.string(), count: z.number().int(), message: MessageSchema }),
      ),
    }),
    searchFailures: z.number().int(),
    probabilityNoPlan: z.number(),
    p50: IsoDate.nullable(),
    p80: IsoDate.nullable(),
    p95: IsoDate.nullable(),
    baseline: IsoDate.nullable(),
    dueDates: z.array(z.strictObject({ targetId: z.string(), dueDate: IsoDate, probability: z.number() })),
    histogram: z.array(z.strictObject({ date: IsoDate, count: z.number().int() })),
    partnerEvents: z.array(
      z.strictObject({ partner: z.string(), probability: z.number(), dropped: z.number().int() }),
    ),
    seed: z.number().int(),
    provenance: ProvenanceSchema,
  })
  .meta({ id: "RiskReport" });
