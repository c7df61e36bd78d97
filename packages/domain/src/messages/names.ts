import type { Scenario } from "../scenario/schema.ts";
import type { NameKind } from "./message.ts";
import type { DisplayNames } from "./render.ts";

/**
 * Display names of everything a scenario names (partners, firms, models, targets, milestones,
 * lines, facilities); `gaps` adds the names of gaps and inputs from a gap analysis.
 */
export function displayNamesOf(
  scenario: Scenario,
  gaps: readonly { id: string; inputId: string; inputName: string }[] = [],
): DisplayNames {
  const firms = new Map<string, string>();
  for (const p of scenario.partners) for (const f of p.firms) firms.set(f.id, f.name);
  for (const f of scenario.domestic.firms) firms.set(f.id, f.name);
  return {
    partner: new Map(scenario.partners.map((p) => [p.id, p.name])),
    firm: firms,
    model: new Map(scenario.models.map((m) => [m.id, m.name])),
    target: new Map(scenario.targets.map((t) => [t.id, t.name])),
    milestone: new Map(scenario.milestones.map((m) => [m.id, m.name])),
    line: new Map(scenario.targets.flatMap((t) => t.lines.map((l) => [l.id, l.name] as const))),
    facility: new Map(scenario.facilities.map((f) => [f.id, f.name])),
    pool: new Map(scenario.workforce.pools.map((p) => [p.id, p.name])),
    gap: new Map(gaps.map((g) => [g.id, g.inputName])),
    input: new Map(gaps.map((g) => [g.inputId, g.inputName])),
  };
}

/** Display names as plain records for every kind (JSON answers: the scenario's `names`). */
export function displayNameTable(names: DisplayNames): Record<NameKind, Record<string, string>> {
  const kinds: readonly NameKind[] = [
    "partner",
    "firm",
    "gap",
    "input",
    "model",
    "target",
    "milestone",
    "line",
    "facility",
    "pool",
  ];
  const table = {} as Record<NameKind, Record<string, string>>;
  for (const kind of kinds) {
    const entries = names[kind];
    table[kind] = entries instanceof Map ? Object.fromEntries(entries) : { ...(entries ?? {}) };
  }
  return table;
}
