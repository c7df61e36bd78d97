export {
  DatasetRefSchema,
  DisplayNamesSchema,
  IsoDate,
  MessageParamSchema,
  MessageSchema,
  NameRefSchema,
  ProvenanceSchema,
} from "./common.ts";
export { CONTRACT_FITS } from "./check.ts";
export {
  AlternativeSchema,
  FinancingSchema,
  PhaseSchema,
  PlanActivitySchema,
  PlanSchema,
  PlanSearchStatsSchema,
  PlanStatusSchema,
  RiskReportSchema,
  VarianceSchema,
  WhatIfPlanSchema,
} from "./plan.ts";
export {
  ChainGapRowSchema,
  ChokepointSchema,
  DataSourceSchema,
  GapReportSchema,
  MarketReportSchema,
  PartnerFitReportSchema,
  ScreeningMatchSchema,
} from "./analysis.ts";
export { RiskSampleRangeSchema, SweepReportSchema, SweepRowSchema } from "./sweep.ts";
