/**
 * The rules an `actuals:` section must keep before anything is re-planned from it: dates in order
 * and in the past of the data date, progress stated one way, known activity ids, each recorded
 * once, and no contradiction of the plan's precedences (a successor started before its
 * predecessor finished, or recorded while its predecessor is not).
 */
import { chainSlots, slotId } from "../roadmap/work-packages.ts";
import type { ActivityActual } from "./actuals-schema.ts";
import type { PathSegment, RawIssue } from "./references.ts";
import type { Scenario } from "./schema.ts";

/**
 * Every activity id a plan of this scenario can have, and the precedences between them that actuals
 * must respect (predecessor → successors, finish-to-start). A gap's chain is the union of the work
 * packages of every model offered for its input (which options are lawful is only known when
 * planning).
 */
export function activityUniverse(s: Scenario): { ids: Set<string>; predecessors: Map<string, string[]> } {
  const ids = new Set<string>();
  const predecessors = new Map<string, string[]>();
  const addPred = (to: string, from: string) => {
    const list = predecessors.get(to) ?? [];
    if (!list.includes(from)) list.push(from);
    predecessors.set(to, list);
  };
  // The models a gap may use: those offered for its input (all, for an offer that names none).
  const offered = new Map<string, Set<string>>();
  for (const p of s.partners)
    for (const o of p.offers) {
      const set = offered.get(o.input) ?? new Set<string>();
      for (const m of o.models ?? s.models.map((x) => x.id)) set.add(m);
      offered.set(o.input, set);
    }
  const chains = new Map<string, string[]>();
  for (const t of s.targets) {
    ids.add(`target:${t.id}`);
    // In a production line the first member negotiates for all (translate.ts): the others' own
    // negotiation is empty, and their work follows the leader's first package instead.
    const leaderOf = new Map<string, string>();
    for (const line of t.lines) {
      const members = t.inputs
        .map((x) => x.input)
        .filter((i) => line.inputs.includes(i) && !line.exceptions.includes(i));
      for (const m of members.slice(1)) leaderOf.set(`${t.id}:${m}`, `${t.id}:${members[0]}`);
    }
    for (const x of t.inputs) {
      const gap = `${t.id}:${x.input}`;
      // Work recorded with a model fixes the chain to that model's packages (the gap keeps that option).
      const chosen = s.actuals?.activities.find(
        (a) => a.model !== undefined && a.activity.startsWith(`${gap}:`),
      );
      const usable = chosen?.model !== undefined ? new Set([chosen.model]) : offered.get(x.input);
      const slots = chainSlots(usable ? s.models.filter((m) => usable.has(m.id)) : s.models);
      const chain = slots.map((slot) => slotId(gap, slot));
      chains.set(gap, chain);
      const shared = leaderOf.has(gap) ? `${gap}:negotiate` : undefined;
      chain.forEach((a, k) => {
        ids.add(a);
        for (const before of chain.slice(0, k)) if (before !== shared) addPred(a, before);
      });
    }
    for (const [member, leader] of leaderOf) {
      const first = chains.get(leader)?.[0];
      if (first === undefined) continue;
      for (const a of chains.get(member) ?? []) if (a !== `${member}:negotiate`) addPred(a, first);
    }
  }
  for (const f of s.facilities) if (f.construction) ids.add(`construction:${f.id}`);
  for (const m of s.milestones) {
    const id = `milestone:${m.id}`;
    ids.add(id);
    for (const before of m.after) addPred(id, `milestone:${before}`);
    for (const g of m.gates) {
      for (const t of s.targets) {
        for (const x of t.inputs) {
          const gap = `${t.id}:${x.input}`;
          if (g !== t.id && g !== gap) continue;
          for (const a of chains.get(gap) ?? []) addPred(a, id);
        }
      }
    }
  }
  return { ids, predecessors };
}

export function checkActuals(s: Scenario): RawIssue[] {
  const actuals = s.actuals;
  if (!actuals) return [];
  const issues: RawIssue[] = [];
  const at = (i: number, ...rest: PathSegment[]): PathSegment[] => ["actuals", "activities", i, ...rest];
  const { asOf } = actuals;
  const start = s.program.startDate;
  if (asOf < start)
    issues.push({
      path: ["actuals", "asOf"],
      message: `the data date ${asOf} is before the programme start ${start}`,
      hint: "asOf is the day the actuals were recorded; it cannot precede program.startDate",
    });
  const { ids, predecessors } = activityUniverse(s);
  const byId = new Map<string, { record: ActivityActual; index: number }>();
  actuals.activities.forEach((a, i) => {
    if (!ids.has(a.activity)) {
      const near = [...ids].filter((x) => x.split(":")[0] === a.activity.split(":")[0]).slice(0, 4);
      issues.push({
        path: at(i, "activity"),
        message: `"${a.activity}" is not an activity of this scenario's plans`,
        hint: `use an id the plan prints (activities[].id)${near.length > 0 ? `, e.g. ${near.join(", ")}` : ""}`,
      });
    } else if (byId.has(a.activity)) {
      issues.push({
        path: at(i, "activity"),
        message: `"${a.activity}" is recorded twice (also actuals.activities[${byId.get(a.activity)!.index}])`,
        hint: "record each activity once, with its latest state",
      });
    } else {
      byId.set(a.activity, { record: a, index: i });
    }
    if (a.actualStart < start)
      issues.push({
        path: at(i, "actualStart"),
        message: `actualStart ${a.actualStart} is before the programme start ${start}`,
        hint: "no planned work starts before program.startDate; correct the date or the programme start",
      });
    if (a.actualStart > asOf)
      issues.push({
        path: at(i, "actualStart"),
        message: `actualStart ${a.actualStart} is after the data date ${asOf}`,
        hint: "actuals record the past: move actuals.asOf forward or remove the record",
      });
    if (a.actualFinish !== undefined) {
      if (a.actualFinish < a.actualStart)
        issues.push({
          path: at(i, "actualFinish"),
          message: `actualFinish ${a.actualFinish} is before actualStart ${a.actualStart}`,
          hint: "an activity finishes on or after the day it starts; swap or correct the dates",
        });
      else if (a.actualFinish > asOf)
        issues.push({
          path: at(i, "actualFinish"),
          message: `actualFinish ${a.actualFinish} is after the data date ${asOf}`,
          hint: "a finish in the future is a forecast, not an actual: give percentComplete instead",
        });
      if (a.percentComplete !== undefined && a.percentComplete !== 100)
        issues.push({
          path: at(i, "percentComplete"),
          message: `percentComplete ${a.percentComplete} on a finished activity (actualFinish ${a.actualFinish})`,
          hint: "a finished activity is 100% complete: drop percentComplete or actualFinish",
        });
    } else if (a.percentComplete === undefined) {
      issues.push({
        path: at(i),
        key: "percentComplete",
        message:
          "an activity that has started needs actualFinish (finished) or percentComplete (in progress)",
        hint: "add actualFinish: YYYY-MM-DD or percentComplete: 0–100",
      });
    } else if (a.percentComplete === 100) {
      issues.push({
        path: at(i, "percentComplete"),
        message: "percentComplete 100 without actualFinish",
        hint: "give the day it finished as actualFinish",
      });
    }
    if (a.currency !== undefined && a.currency !== s.program.currency) {
      const on = a.actualFinish ?? asOf;
      if (!s.program.exchangeRates.some((r) => r.currency === a.currency && r.date <= on))
        issues.push({
          path: at(i, "currency"),
          message: `no exchange rate for ${a.currency} on or before ${on}`,
          hint: `add program.exchangeRates: [{ currency: ${a.currency}, date: <on or before ${on}>, rate: <${s.program.currency} per ${a.currency}> }]`,
        });
    }
  });
  // The option work was done with: both ids, defined, on a gap's work package, one per gap.
  const partnerIds = new Set(s.partners.map((p) => p.id));
  const modelIds = new Set(s.models.map((m) => m.id));
  const optionOfGap = new Map<string, { key: string; index: number }>();
  actuals.activities.forEach((a, i) => {
    if (a.partner === undefined && a.model === undefined) return;
    const gapWork = ids.has(a.activity) && !/^(target|milestone|construction):/.test(a.activity);
    if (!gapWork) {
      issues.push({
        path: at(i, a.partner !== undefined ? "partner" : "model"),
        message: `${a.activity} is not a gap's work package; only those are done with a partner and model`,
        hint: "remove partner and model from this record",
      });
      return;
    }
    if (a.partner === undefined || a.model === undefined) {
      issues.push({
        path: at(i),
        key: a.partner === undefined ? "partner" : "model",
        message: "give both partner and model (the option the work is done with), or neither",
        hint: "e.g. partner: p1, model: tt",
      });
      return;
    }
    if (!partnerIds.has(a.partner))
      issues.push({
        path: at(i, "partner"),
        message: `unknown partner "${a.partner}"`,
        hint: "use an id from partners",
      });
    if (!modelIds.has(a.model))
      issues.push({
        path: at(i, "model"),
        message: `unknown collaboration model "${a.model}"`,
        hint: "use an id from models",
      });
    const gap = a.activity.split(":").slice(0, 2).join(":");
    const key = `${a.partner}/${a.model}`;
    const other = optionOfGap.get(gap);
    if (other && other.key !== key)
      issues.push({
        path: at(i, "partner"),
        message: `${gap} is recorded with ${other.key} (actuals.activities[${other.index}]) and with ${key}`,
        hint: "a gap's work packages are done with one option; correct one of the records",
      });
    else optionOfGap.set(gap, { key, index: i });
  });
  // Precedence: a recorded successor needs every predecessor recorded and finished by its start.
  for (const [id, { record, index }] of byId) {
    for (const before of predecessors.get(id) ?? []) {
      const p = byId.get(before);
      if (!p) {
        issues.push({
          path: at(index, "actualStart"),
          message: `${id} started on ${record.actualStart}, but its predecessor ${before} has no actuals`,
          hint: `record ${before} with its actualStart and actualFinish (the same day when the chosen model has no such package)`,
        });
      } else if (p.record.actualFinish === undefined) {
        issues.push({
          path: at(index, "actualStart"),
          message: `${id} started on ${record.actualStart} while its predecessor ${before} is still in progress (actuals.activities[${p.index}])`,
          hint: `work after ${before} starts when it finishes: give ${before} an actualFinish on or before ${record.actualStart}`,
        });
      } else if (p.record.actualFinish > record.actualStart) {
        issues.push({
          path: at(index, "actualStart"),
          message: `${id} started on ${record.actualStart}, before its predecessor ${before} finished on ${p.record.actualFinish} (actuals.activities[${p.index}])`,
          hint: `correct one of the dates: ${id} cannot start before ${p.record.actualFinish}`,
        });
      }
    }
  }
  return issues;
}
