export { applyChanges } from "./apply.ts";
export {
  type Change,
  ChangeSchema,
  type ChangeSet,
  ChangeSetSchema,
  parseChangeSet,
  parseYamlWith,
} from "./change-set.ts";
export { diffPlans, type PlanChange } from "./diff.ts";
export { type WhatIfPlan, whatIf } from "./what-if.ts";
