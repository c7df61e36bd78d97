import type { z } from "zod";
import type {
  ChainGapRowSchema,
  ChokepointSchema,
  GapReportSchema,
  MarketReportSchema,
  PartnerFitReportSchema,
} from "./analysis.ts";
import type { Chokepoint, GapRow, MarketReport } from "@chiproad/data";
import type { GapReport } from "../gaps/analyze.ts";
import type { PartnerFitReport } from "../partners/fit.ts";
import type { Plan } from "../roadmap/plan.ts";
import type { RiskReport, RiskSampleRange } from "../risk/risk-report.ts";
import type { WhatIfPlan } from "../whatif/what-if.ts";
import type { Variance } from "../tracking/variance.ts";
import type { PlanSchema, RiskReportSchema, VarianceSchema, WhatIfPlanSchema } from "./plan.ts";
import type { SweepReport, SweepRow } from "../sweep/sweep.ts";
import type { RiskSampleRangeSchema, SweepReportSchema, SweepRowSchema } from "./sweep.ts";

/**
 * Compile-time link between the domain's types and the contract: every answer the domain builds
 * is a value of its schema's type (a field whose type disagrees with its schema fails here; a
 * field the strict schemas lack fails the runtime contract test on real answers).
 */
type Fits<Domain, Schema extends z.ZodType> = Domain extends z.infer<Schema> ? true : false;

export const CONTRACT_FITS: [
  Fits<Plan, typeof PlanSchema>,
  Fits<WhatIfPlan, typeof WhatIfPlanSchema>,
  Fits<RiskReport, typeof RiskReportSchema>,
  Fits<GapReport, typeof GapReportSchema>,
  Fits<PartnerFitReport, typeof PartnerFitReportSchema>,
  Fits<MarketReport, typeof MarketReportSchema>,
  Fits<GapRow, typeof ChainGapRowSchema>,
  Fits<Chokepoint, typeof ChokepointSchema>,
  Fits<Variance, typeof VarianceSchema>,
  Fits<SweepRow, typeof SweepRowSchema>,
  Fits<SweepReport, typeof SweepReportSchema>,
  Fits<RiskSampleRange, typeof RiskSampleRangeSchema>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
