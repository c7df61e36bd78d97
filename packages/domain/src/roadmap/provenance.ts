/**
 * Where a plan, what-if or risk answer comes from: the scenario (id, stored version, sha256 of
 * its text), the seed and work budget, the engine, the datasets read (value chain, trade,
 * sanctions lists, with version and date), the export-control rules applied, and the scenario's
 * cited facts and stated assumptions. The caller supplies what the domain cannot know without
 * I/O (the file's hash, the stored version, the sanctions lists behind the screener).
 */
import { type AppliedRate, appliedRates } from "../finance/currency.ts";
import type { ProfileName } from "../policy/index.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";

/** The domain's planner version: changes whenever the same input may give a different plan. */
export const PLANNER_VERSION = "0.2.0";

export interface DatasetRef {
  name: string;
  version: string;
  /** ISO date (or year) of the data itself. */
  date: string;
}

/** What the caller knows about the scenario's text and storage. */
export interface ScenarioSourceRef {
  /** Stored version (server); absent for a file. */
  version?: number;
  /** sha256 (hex) of the scenario text as read. */
  sha256: string;
}

export interface Provenance {
  scenario: { id: string; version: number | null; sha256: string | null };
  seed: number;
  profile: ProfileName;
  budget: { maxSchedules: number; timeLimitMs?: number };
  engine: { planner: string };
  datasets: DatasetRef[];
  /** Export-control rules the answer applied: every rule that decided or conditioned an option. */
  rules: { id: string; citation: string }[];
  /** Country groups the rules use, with the date their membership list is as of. */
  countryGroups: { id: string; name: string; asOf: string | null }[];
  /** The scenario's cited sources (fact ids with title, outlet, date, url). */
  facts: { id: string; title: string; outlet?: string; date?: string; url?: string }[];
  /** Every record whose `source` says "assumption", with its path and the text. */
  assumptions: { path: string; text: string }[];
  /** Where money appears, the scenario's currency. */
  currency: string;
  /** Exchange rates applied to amounts quoted in other currencies, with what they converted. */
  exchangeRates: AppliedRate[];
  note: string;
}

export const NOT_LEGAL_ADVICE =
  "Compliance verdicts apply the scenario's own rules and the sanctions lists screened; they are not legal advice.";

/** Every `source: assumption…` of the scenario, with the JSON path of its record. */
export function assumptionsOf(scenario: Scenario): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}[${i}]`);
      });
    } else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "source" && typeof x === "string" && /^assumption\b/i.test(x.trim())) {
          out.push({ path: path || "$", text: x });
        } else {
          walk(x, path ? `${path}.${k}` : k);
        }
      }
    }
  };
  walk(scenario, "");
  return out;
}

/** Datasets behind the reference data: the value chain and trade market from their own source, plus the caller's lists. */
export function datasetsOf(ref: ReferenceData): DatasetRef[] {
  const out: DatasetRef[] = [];
  if (ref.chain) {
    const s = ref.chain.source;
    out.push({ name: s.name, version: s.version ?? s.dataDate, date: s.dataDate });
  }
  if (ref.market) {
    out.push({ name: ref.market.source, version: ref.market.dataDate, date: ref.market.dataDate });
  }
  for (const d of ref.datasets ?? []) out.push(d);
  return out;
}

export function buildProvenance(
  scenario: Scenario,
  ref: ReferenceData,
  run: {
    seed: number;
    profile: ProfileName;
    maxSchedules: number;
    timeLimitMs?: number | undefined;
    rules: readonly string[];
    source?: ScenarioSourceRef | undefined;
  },
): Provenance {
  const ruleIds = new Set(run.rules);
  return {
    scenario: {
      id: scenario.program.id,
      version: run.source?.version ?? null,
      sha256: run.source?.sha256 ?? null,
    },
    seed: run.seed,
    profile: run.profile,
    budget: {
      maxSchedules: run.maxSchedules,
      ...(run.timeLimitMs !== undefined ? { timeLimitMs: run.timeLimitMs } : {}),
    },
    engine: { planner: PLANNER_VERSION },
    datasets: datasetsOf(ref),
    rules: scenario.rules.exportControls
      .filter((r) => ruleIds.has(r.id))
      .map((r) => ({ id: r.id, citation: r.citation })),
    countryGroups: scenario.rules.countryGroups.map((g) => ({
      id: g.id,
      name: g.name,
      asOf: g.asOf ?? null,
    })),
    facts: scenario.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.outlet !== undefined ? { outlet: s.outlet } : {}),
      ...(s.date !== undefined ? { date: s.date } : {}),
      ...(s.url !== undefined ? { url: s.url } : {}),
    })),
    assumptions: assumptionsOf(scenario),
    currency: scenario.program.currency,
    exchangeRates: appliedRates(scenario),
    note: NOT_LEGAL_ADVICE,
  };
}
