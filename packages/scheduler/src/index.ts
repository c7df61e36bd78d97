// The scheduling engine's public API. Everything not exported here is private to the package.
export type * from "./model.ts";
export { ProblemInputError, PsplibFormatError, type SchedulerErrorCode } from "./errors.ts";
export { SeededRandom } from "./random.ts";
export { parsePsplib, instanceName } from "./psplib/parse.ts";
export { writePsplib } from "./psplib/write.ts";
export { validate, type Violation, type ViolationKind } from "./validate/validate.ts";
export {
  analyze,
  type ScheduleAnalysis,
  type RenewableProfile,
  type BudgetProfile,
} from "./analyze/analyze.ts";
export { lowerBounds, type LowerBounds } from "./bounds/lower-bounds.ts";
export { explainInfeasibility } from "./bounds/infeasibility.ts";
export {
  solve,
  DEFAULT_MAX_SCHEDULES,
  DEFAULT_MAX_NODES,
  type SolveOptions,
  type SolveResult,
  type SolveStatus,
  type SolveProgress,
} from "./search/solve.ts";
