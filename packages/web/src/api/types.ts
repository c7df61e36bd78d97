// Response shapes of the chiproad HTTP API. The web app imports chiproad packages for types only.
// Every shape is read defensively: the server may add fields, and optional ones may be absent.

/** The closed list of error codes, declared once in the data layer's error table (type-only import). */
import type { ErrorCode } from "@chiproad/data";
import type { MessageSchema, PlanSchema, RiskReportSchema, WhatIfPlanSchema } from "@chiproad/domain";
import type { z } from "zod";

export type ProblemCode = ErrorCode;

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
 * `packages/domain/src/contract/`), imported for their types only — no hand-copied shape.
 */
export type Plan = z.infer<typeof PlanSchema>;
export type WhatIfResult = z.infer<typeof WhatIfPlanSchema>;
export type RiskResult = z.infer<typeof RiskReportSchema>;
export type PlanActivity = Plan["activities"][number];
export type RejectedOption = Plan["rejected"][number];
export type PlanChange = WhatIfResult["diff"][number];
export type Provenance = Plan["provenance"];
export type Phase = PlanActivity["phase"];

/**
 * A domain message (`@chiproad/domain/messages`): a catalogue code and its parameters, sent beside
 * the English text of every explanation, reason and note.
 */
export type DomainMessage = z.infer<typeof MessageSchema>;

/**
 * The latest plan as the web keeps it: the plan and the scenario version it was computed for.
 * Plans stored before a field existed may lack it at run time; the pages read lists through
 * `normalizePlan` and messages with an English fallback.
 */
export type StoredPlan = Plan & { scenarioVersion?: number };

export interface Gap {
  id: string;
  targetId?: string;
  inputId?: string;
  inputName?: string;
  requiredNode?: string | number;
  domesticNode?: string | number;
  generationsBehind?: { nodes?: number; years?: number };
  critical?: boolean;
  chokepoint?: boolean | string | Record<string, unknown>;
}

export interface GapReport {
  targets: Record<string, unknown>[];
  gaps: Gap[];
  notes?: string[];
  noteMessages?: DomainMessage[];
  assumptions?: string[];
  assumptionMessages?: DomainMessage[];
}

export interface SanctionsHit {
  id: string;
  name: string;
  score: number;
  list?: string;
}

export interface PartnerOption {
  gapId: string;
  partnerId: string;
  modelId: string;
  modelType?: string;
  lawful: boolean;
  reason?: string;
  message?: DomainMessage;
  rule?: string;
  licenceDelayDays?: number;
  sanctionsHits?: SanctionsHit[];
  coverage?: number;
  leadTimeDays?: number;
  cost?: number;
  hhiBefore?: number;
  hhiAfter?: number;
  risk?: number;
  score: number;
  scoreBreakdown?: Record<string, number>;
  /** Each criterion normalized to [0, 1], 1 = best among the gap's lawful options. */
  criteria?: Record<string, number>;
  firmId?: string;
}

/** Sanctions screening of one firm named in the scenario (partner or domestic side). */
export interface FirmScreening {
  firmId: string;
  firmName: string;
  side?: "partner" | "domestic" | string;
  hits: {
    rule?: string;
    listId?: string;
    listName?: string;
    match?: SanctionsHit & { explanation?: string[] };
  }[];
}

export interface PartnerFitReport {
  weights: Record<string, number>;
  options: PartnerOption[];
  sensitivity?: unknown[];
  ranking?: { gapId: string; inputName?: string; explanation?: string; explanationMessage?: DomainMessage }[];
  screening?: FirmScreening[];
  exposure?: {
    partnerId: string;
    firms: { firmId: string; firmName: string; list: string; matchedName: string; score: number }[];
  }[];
  notes?: string[];
  noteMessages?: DomainMessage[];
}

export interface MarketSupplier {
  partner: string;
  valueUsd: number;
  share: number;
}

export interface MarketReport {
  importer: string;
  hs: string;
  years: { year: number; total: number; suppliers: MarketSupplier[]; hhi: number }[];
  fastestGrowing: { partner: string; cagr: number; [extra: string]: unknown }[];
  source?: string;
  dataDate?: string;
}

export interface Chokepoint {
  inputId: string;
  inputName?: string;
  topProviders: { country: string; share: number }[];
  combinedShare: number;
}

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
