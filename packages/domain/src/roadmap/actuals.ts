/**
 * Re-planning from actuals (`scenario.actuals`). The translation is changed, not the search:
 *
 * - finished work is pinned at its actual dates: every mode takes its actual duration and its actual
 *   spend, uses no engineers or cleanroom (that use is in the past) and starts on its actual start;
 * - work in progress is pinned at its actual start and continues: the remaining duration is the
 *   mode's planned duration × (1 − percent complete), counted from the data date; its cost is what
 *   was spent plus the planned cost of the part not yet done; it keeps its resource demand;
 * - everything not yet started is released at the data date (`asOf`); a construction, whose dates
 *   are fixed, moves to start there at the earliest (`recordedWindow`).
 *
 * A pin is a start the sub-problem enforces as release = deadline − duration (`fixOptions`), so the
 * engine's own validator checks that the forecast keeps the recorded past.
 */
import { ChiproadError } from "@chiproad/data";
import type { Activity, CapacityStep, Mode, RenewableResource } from "@chiproad/scheduler";
import type { ActivityActual, Scenario } from "../scenario/index.ts";
import { type Calendar, periodAtOrAfter, periodAtOrBefore } from "./calendar.ts";
import { capacityAt } from "./curves.ts";
import { spread } from "./resources.ts";
import { type OptionInput, optionKey } from "./planning-inputs.ts";
import type { Translation } from "./translate.ts";

export type ActualState = "finished" | "in-progress";

/** How an activity stands in the actuals, for the plan and the variance block. */
export interface ActivityProgress {
  status: ActualState;
  percentComplete: number;
  spent: number;
}

export function progressOf(a: ActivityActual): ActivityProgress {
  return a.actualFinish !== undefined
    ? { status: "finished", percentComplete: 100, spent: a.spent }
    : { status: "in-progress", percentComplete: a.percentComplete ?? 0, spent: a.spent };
}

// Money already spent is a fixed outflow at the periods it was spent (`recordedSpending`); the
// engine's budget draws only what is still to be paid. `cost` stays the activity's whole cost.
function finishedMode(m: Mode, duration: number, spent: number): Mode {
  const out: Mode = { ...m, duration, renewable: m.renewable.map(() => 0), cost: spent };
  return m.budget ? { ...out, budget: [0] } : out;
}

function continuingMode(m: Mode, elapsed: number, done: number, spent: number): Mode {
  const planned = m.budget?.[0] ?? Math.round(m.cost ?? 0);
  const rest = Math.round(planned * (1 - done));
  const out: Mode = {
    ...m,
    duration: elapsed + Math.ceil(m.duration * (1 - done)),
    cost: spent + rest,
  };
  return m.budget ? { ...out, budget: [rest] } : out;
}

/**
 * An activity's window under the actuals, for what is computed before the engine runs (a
 * construction's area, a milestone that gates a disbursement): finished, its actual dates; in
 * progress, its actual start and what its percent complete leaves of `duration`, from the data
 * date; not recorded, as planned but not before the data date.
 */
export function recordedWindow(
  scenario: Scenario,
  cal: Calendar,
  activityId: string,
  start: number,
  duration: number,
): { start: number; duration: number } {
  const actuals = scenario.actuals;
  if (!actuals) return { start, duration };
  const now = periodAtOrAfter(cal, actuals.asOf);
  const record = actuals.activities.find((a) => a.activity === activityId);
  if (!record) return { start: Math.max(start, now), duration };
  const began = Math.max(0, periodAtOrBefore(cal, record.actualStart));
  if (record.actualFinish !== undefined)
    return { start: began, duration: Math.max(began, periodAtOrAfter(cal, record.actualFinish)) - began };
  const done = (record.percentComplete ?? 0) / 100;
  return { start: began, duration: Math.max(now, began) - began + Math.ceil(duration * (1 - done)) };
}

/**
 * Money the actuals record as spent, per period: a finished activity's spread over its actual
 * dates, the spent part of work in progress over its start to the data date. It is paid from the
 * funds like training (a fixed outflow), so a record of more money than had arrived is proven.
 */
export function recordedSpending(scenario: Scenario, cal: Calendar): Map<number, number> {
  const out = new Map<number, number>();
  const actuals = scenario.actuals;
  if (!actuals) return out;
  const now = periodAtOrAfter(cal, actuals.asOf);
  for (const a of actuals.activities) {
    if (a.spent <= 0) continue;
    const start = Math.max(0, periodAtOrBefore(cal, a.actualStart));
    const end =
      a.actualFinish !== undefined
        ? Math.max(start, periodAtOrAfter(cal, a.actualFinish))
        : Math.max(start, now);
    spread(Math.round(a.spent), start, end - start, out);
  }
  return out;
}

/** What activity `i` in mode `m` draws from the funds: for recorded work, what it has not yet spent. */
export function drawnBy(t: Translation, i: number, m: Mode): number {
  return m.budget?.[0] ?? Math.round(m.cost ?? 0) - (t.recordedSpent?.get(i) ?? 0);
}

/** What activity `i` in mode `m` costs in all: for recorded work, what was spent plus what is left. */
export function costOf(t: Translation, i: number, m: Mode): number {
  return t.pinned?.has(i) ? Math.round(m.cost ?? 0) : (m.budget?.[0] ?? Math.round(m.cost ?? 0));
}

/** The translation with the scenario's actuals applied (the same object without actuals). */
export function applyActuals(scenario: Scenario, t: Translation): Translation {
  const actuals = scenario.actuals;
  if (!actuals) return t;
  const cal = t.calendar;
  const now = periodAtOrAfter(cal, actuals.asOf);
  const recorded = new Map(actuals.activities.map((a) => [a.activity, a]));
  const pinned = new Map<number, number>();
  // An empty package before recorded work (a production line member's negotiation, done by the
  // line's leader) happened when that work started: it is pinned there rather than released.
  const emptyBefore = new Map<number, number>();
  for (const e of t.problem.precedences) {
    const to = recorded.get(t.problem.activities[e.to]!.id);
    const from = t.problem.activities[e.from]!;
    if (!to || recorded.has(from.id) || from.modes.some((m) => m.duration > 0)) continue;
    const at = Math.max(0, periodAtOrBefore(cal, to.actualStart));
    emptyBefore.set(e.from, Math.min(emptyBefore.get(e.from) ?? at, at));
  }
  const activities = t.problem.activities.map((a, i): Activity => {
    const record = recorded.get(a.id);
    const empty = emptyBefore.get(i);
    if (!record && empty !== undefined) {
      pinned.set(i, empty);
      const { deadline: _none, ...rest } = a;
      return { ...rest, release: empty };
    }
    if (!record) {
      // A construction's window is already moved to the data date (`recordedWindow`).
      if (t.info[i]?.kind === "construction") return a;
      return { ...a, release: Math.max(a.release ?? 0, now) };
    }
    const start = Math.max(0, periodAtOrBefore(cal, record.actualStart));
    pinned.set(i, start);
    if (t.info[i]?.kind === "construction") {
      // Its dates come from the actuals already (`recordedWindow`); only the money changes.
      const { deadline: _planned, ...fixed } = a;
      const done = record.actualFinish !== undefined ? 1 : (record.percentComplete ?? 0) / 100;
      return {
        ...fixed,
        release: start,
        modes: a.modes.map((m) => {
          const planned = m.budget?.[0] ?? Math.round(m.cost ?? 0);
          const rest = Math.round(planned * (1 - done));
          return m.budget
            ? { ...m, cost: record.spent + rest, budget: [rest] }
            : { ...m, cost: record.spent + rest };
        }),
      };
    }
    if (record.actualFinish !== undefined) {
      const finish = Math.max(start, periodAtOrAfter(cal, record.actualFinish));
      // The past meets no deadline any more: the pin alone fixes the recorded dates.
      const { deadline: _past, ...done } = a;
      return {
        ...done,
        release: start,
        modes: a.modes.map((m) => finishedMode(m, finish - start, record.spent)),
      };
    }
    const done = (record.percentComplete ?? 0) / 100;
    const elapsed = Math.max(now, start) - start;
    // Pinned work meets no planned deadline any more: a late finish is the forecast's news.
    const { deadline: _planned, ...rest } = a;
    return {
      ...rest,
      release: start,
      modes: a.modes.map((m) => continuingMode(m, elapsed, done, record.spent)),
    };
  });
  const inProgress = [...pinned.keys()].filter((i) => {
    const record = recorded.get(t.problem.activities[i]!.id);
    return record !== undefined && record.actualFinish === undefined;
  });
  const renewable = t.problem.renewable.map((r, k) => staffedAsRecorded(r, k, inProgress, activities));
  const recordedSpent = new Map(
    [...pinned.keys()].map(
      (i) => [i, Math.round(recorded.get(t.problem.activities[i]!.id)?.spent ?? 0)] as const,
    ),
  );
  return { ...t, problem: { ...t.problem, activities, renewable }, pinned, recordedSpent };
}

/**
 * Work recorded in progress is being done, so the people or the cleanroom it uses exist while it
 * runs: where the work in progress alone needs more than the scenario's capacity, the capacity is
 * raised to what it needs (never more), so nothing else gains room. With several options still
 * open, each activity counts with its longest mode and largest demand.
 */
function staffedAsRecorded(
  r: RenewableResource,
  k: number,
  inProgress: readonly number[],
  activities: readonly Activity[],
): RenewableResource {
  const load = new Map<number, number>();
  for (const i of inProgress) {
    const a = activities[i]!;
    const demand = Math.max(...a.modes.map((m) => m.renewable[k] ?? 0));
    if (demand <= 0) continue;
    const start = a.release ?? 0;
    const end = start + Math.max(...a.modes.map((m) => m.duration));
    for (let p = start; p < end; p++) load.set(p, (load.get(p) ?? 0) + demand);
  }
  const over = [...load].filter(([p, need]) => need > capacityAt(r, p));
  if (over.length === 0) return r;
  const end = Math.max(...load.keys()) + 1;
  const steps: CapacityStep[] = [];
  const points = new Set<number>([0, end, ...load.keys()]);
  if (typeof r.capacity !== "number") for (const step of r.capacity) points.add(step.from);
  for (const p of [...points].sort((a, b) => a - b)) {
    const cap = Math.max(capacityAt(r, p), load.get(p) ?? 0);
    if (steps.at(-1)?.capacity !== cap) steps.push({ from: p, capacity: cap });
  }
  return { ...r, capacity: steps };
}

/**
 * Actuals that name an activity the translated plan does not have (its input turned out covered,
 * or no lawful option of the gap has such a work package): refused, as a recorded fact that would
 * otherwise be ignored. Work on a gap that no lawful option can close any more is not refused — the
 * gap is reported as a blocking decision.
 */
export function checkActualsUsed(scenario: Scenario, t: Translation): void {
  const actuals = scenario.actuals;
  if (!actuals) return;
  const ids = new Set(t.problem.activities.map((a) => a.id));
  const blocked = new Set(t.blockedGaps.map((b) => b.gapId));
  const gapIds = new Set(t.chains.map((c) => c.gap.id));
  const errors = actuals.activities.flatMap((a, i) => {
    if (ids.has(a.activity)) return [];
    const gap = a.activity.split(":").slice(0, 2).join(":");
    if (blocked.has(gap)) return [];
    const path = `actuals.activities[${i}].activity`;
    const message = gapIds.has(gap)
      ? `"${a.activity}" is not a work package of any lawful option of gap ${gap}`
      : `"${a.activity}" belongs to ${gap}, which is not a gap of this programme (the input is covered)`;
    return [{ path, message, hint: "record only activities the plan prints (activities[].id)" }];
  });
  if (errors.length > 0)
    throw new ChiproadError(
      "BAD_INPUT",
      errors.map((e) => `${e.path}: ${e.message} (${e.hint})`).join("\n"),
      {
        errors,
      },
    );
}

/**
 * The assessed options with the decisions the actuals record: a gap whose work is recorded with a
 * partner and model keeps only that option (unlawful now, it is rejected with its rule and the gap
 * becomes a blocking decision). An option the programme does not have is refused.
 */
export function withRecordedOptions(scenario: Scenario, options: readonly OptionInput[]): OptionInput[] {
  const chosen = new Map<string, { key: string; index: number }>();
  scenario.actuals?.activities.forEach((a, i) => {
    if (a.partner === undefined || a.model === undefined) return;
    chosen.set(a.activity.split(":").slice(0, 2).join(":"), { key: `${a.partner}/${a.model}`, index: i });
  });
  if (chosen.size === 0) return [...options];
  const errors = [...chosen].flatMap(([gap, c]) =>
    options.some((o) => o.gapId === gap && optionKey(o) === c.key)
      ? []
      : [
          {
            path: `actuals.activities[${c.index}].partner`,
            message: `${c.key} is not an option of gap ${gap} (no offer of that partner for the input accepts that model)`,
            hint: "record the partner and model the gap's options use (plan decisions[].partner/model)",
          },
        ],
  );
  if (errors.length > 0)
    throw new ChiproadError(
      "BAD_INPUT",
      errors.map((e) => `${e.path}: ${e.message} (${e.hint})`).join("\n"),
      {
        errors,
      },
    );
  return options.filter((o) => {
    const c = chosen.get(o.gapId);
    return c === undefined || optionKey(o) === c.key;
  });
}
