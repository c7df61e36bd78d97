// Response shapes of the chiproad HTTP API. The web talks to the server over HTTP only: the answers'
// types come from `openapi.gen.ts`, generated from the server's /openapi.json (whose schemas are the
// domain contract and the data layer's error table); a server test keeps the file current.
import type { components } from "./openapi.gen.ts";

type Schemas = components["schemas"];

/** The closed list of error codes (the data layer's error table, as the OpenAPI document lists it). */
export type ProblemCode = Schemas["Problem"]["code"];
/** An RFC 9457 problem document with the error table's code. */
export type Problem = Schemas["Problem"];
export type ProblemIssue = NonNullable<Problem["errors"]>[number];
/** A problem the client itself makes (a proxy's plain-text answer, a cancelled job): status and code at least. */
export type ProblemLike = Pick<Problem, "status" | "code"> & Partial<Omit<Problem, "status" | "code">>;

export type ScenarioSummary = Schemas["ScenarioSummary"];
export type ScenarioDocument = Schemas["Scenario"];
export type ScenarioVersion = Schemas["ScenarioVersion"];
export type ValidationResult = Schemas["ValidationResult"];

/** A job; `R` narrows the result to the kind the caller started (plan, what-if or risk). */
export type Job<R extends Schemas["Job"]["result"] = Schemas["Job"]["result"]> = Omit<
  Schemas["Job"],
  "result"
> & {
  result?: R;
};
export type JobStatus = Job["status"];
export type JobKind = Job["kind"];

/**
 * Plans, what-if plans and risk reports: the domain's response contract (zod schemas in
 * `packages/domain/src/contract/`), through the generated OpenAPI types — no hand-copied shape.
 */
export type Plan = Schemas["Plan"];
export type WhatIfResult = Schemas["WhatIfPlan"];
export type RiskResult = Schemas["RiskReport"];
export type PlanActivity = Plan["activities"][number];
export type RejectedOption = Plan["rejected"][number];
export type PlanChange = WhatIfResult["diff"][number];
export type Provenance = Plan["provenance"];
export type Phase = PlanActivity["phase"];

/**
 * A domain message (packages/domain/src/messages): a catalogue code and its parameters, sent beside
 * the English text of every explanation, reason and note.
 */
export type DomainMessage = Schemas["Message"];

/**
 * The latest plan as the web keeps it: the plan and the scenario version it was computed for.
 * Plans stored before a field existed may lack it at run time; the pages read lists through
 * `normalizePlan` and messages with an English fallback.
 */
export type StoredPlan = Plan & { scenarioVersion?: number; jobId?: string };

// Analysis answers: the domain contract (packages/domain/src/contract/analysis.ts), generated.
export type GapReport = Schemas["GapReport"];
export type Gap = GapReport["gaps"][number];
export type PartnerFitReport = Schemas["PartnerFitReport"];
export type PartnerOption = PartnerFitReport["options"][number];
export type FirmScreening = PartnerFitReport["screening"][number];
export type SanctionsHit = PartnerOption["sanctionsHits"][number];
export type MarketReport = Schemas["MarketReport"];
export type MarketSupplier = MarketReport["years"][number]["suppliers"][number];
export type Chokepoint = Schemas["Chokepoint"];

export type ScreeningResult = Schemas["ScreeningResult"];
export type ScreeningMatch = ScreeningResult["matches"][number];

/** The parsed scenario (defaults applied): the domain's scenario schema, through the OpenAPI document. */
export type ScenarioShape = NonNullable<ScenarioDocument["scenario"]>;
/** Display names by kind and id, built by the domain for a scenario (`names` of a scenario answer). */
export type DisplayNameTable = Schemas["DisplayNames"];

/** Roles, lowest first (the server's ladder: each includes the ones before it). */
export const ROLES = [
  "viewer",
  "analyst",
  "manager",
  "compliance",
  "admin",
] as const satisfies readonly Schemas["Role"][];
export type Role = Schemas["Role"];
export type Me = Schemas["Me"];
export type UserAccount = Schemas["User"];

export type Alert = Schemas["Alert"];
export type PlanStaleness = Schemas["PlanStaleness"];
export type ProgrammeRole = Schemas["ProgrammeRole"];
export type ProgrammeMember = Schemas["ProgrammeMember"];
export type ProgrammeMembers = Schemas["ProgrammeMembers"];

/** A sweep (progress, variants, the merged rows so far) and a scenario's list of sweeps. */
export type Sweep = Schemas["Sweep"];
export type SweepRow = Schemas["SweepRow"];
export type SweepSummary = Schemas["SweepSummary"];
