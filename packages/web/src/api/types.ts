// Response shapes of the chiproad HTTP API. The web talks to the server over HTTP only: the answers'
// types come from `openapi.gen.ts`, generated from the server's /openapi.json (whose schemas are the
// domain contract and the data layer's error table); a server test keeps the file current.
import type { components } from "./openapi.gen.ts";

type Schemas = components["schemas"];

/** The closed list of error codes (the data layer's error table, as the OpenAPI document lists it). */
export type ProblemCode = Schemas["Problem"]["code"];

export interface ProblemIssue {
  path?: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  errors?: ProblemIssue[];
}

export interface ScenarioSummary {
  id: string;
  name: string;
  version: number;
  updatedAt?: string;
  country?: string;
}

export interface ScenarioDocument extends ScenarioSummary {
  content: string;
  /** The parsed scenario; its schema belongs to the server, so the UI reads it as plain JSON. */
  scenario?: Record<string, unknown>;
}

export interface ScenarioVersion {
  version: number;
  name?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface ValidationResult {
  ok: boolean;
  issues: ProblemIssue[];
}

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";
export type JobKind = "plan" | "whatif" | "risk" | string;

export interface Job<R = unknown> {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: number;
  message?: string;
  result?: R;
  error?: Problem | string;
  scenarioId?: string;
  scenarioVersion?: number;
  createdAt?: string;
  finishedAt?: string;
}

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
 * A domain message (`@chiproad/domain/messages`): a catalogue code and its parameters, sent beside
 * the English text of every explanation, reason and note.
 */
export type DomainMessage = Schemas["Message"];

/**
 * The latest plan as the web keeps it: the plan and the scenario version it was computed for.
 * Plans stored before a field existed may lack it at run time; the pages read lists through
 * `normalizePlan` and messages with an English fallback.
 */
export type StoredPlan = Plan & { scenarioVersion?: number };

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

export interface ScreeningMatch {
  id?: string;
  name?: string;
  score?: number;
  list?: string;
  [extra: string]: unknown;
}

export interface ScreeningResult {
  query?: { name?: string; country?: string };
  matches?: ScreeningMatch[];
  hits?: ScreeningMatch[];
  [extra: string]: unknown;
}

/** The parts of a parsed scenario the UI reads; everything is optional because the schema belongs to the server. */
export interface ScenarioShape {
  program?: {
    id?: string;
    name?: string;
    country?: string;
    currency?: string;
    startDate?: string;
    timeUnit?: string;
  };
  targets?: {
    id: string;
    name?: string;
    product?: string;
    node?: number;
    dueDate?: string;
    deadline?: string;
    lines?: { id: string; name?: string }[];
  }[];
  domestic?: { country?: string; firms?: { id: string; name: string }[] };
  milestones?: { id: string; name?: string }[];
  facilities?: { id: string; name?: string }[];
  workforce?: { pools?: { id: string; name?: string }[] };
  partners?: {
    id: string;
    name?: string;
    country?: string;
    regimes?: string[];
    firms?: { id: string; name: string; country?: string; aliases?: string[] }[];
    offers?: {
      input: string;
      node?: number;
      capacity?: number;
      /** What the capacity counts (the domain's CAPACITY_UNITS; units per year when absent). */
      unit?: string;
      firm?: string;
      models?: string[];
      costFactor?: number;
    }[];
  }[];
  models?: {
    id: string;
    type?: string;
    name?: string;
    workPackages?: { kind: string; duration: number; cost?: number; engineers?: number }[];
    transfers?: string[];
    localization?: number;
    durationPerNodeStep?: number;
    costPerNodeStep?: number;
  }[];
  funds?: {
    instruments?: {
      id: string;
      name?: string;
      kind?: string;
      tranches?: { date: string; amount: number }[];
    }[];
  };
  rules?: {
    exportControls?: {
      id: string;
      regime: string;
      categories: string[];
      destinations: string[];
      requirement: string;
      citation?: string;
      text?: string;
    }[];
  };
  scoring?: { weights?: Record<string, number> };
}

/** Roles, lowest first (the server's ladder: each includes the ones before it). */
export const ROLES = ["viewer", "analyst", "manager", "compliance", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  id: string;
  username: string;
  role: Role;
  via: "session" | "token";
  sessionExpiresAt?: string;
}

export interface UserAccount {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}
