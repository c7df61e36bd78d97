export { applyChanges } from "./apply.ts";
export { type Change, type ChangeSet, ChangeSetSchema, parseChangeSet } from "./change-set.ts";
export { diffPlans, type PlanChange } from "./diff.ts";
export { type WhatIfPlan, whatIf } from "./what-if.ts";
