/**
 * What can be proven about a translated programme before (and whatever) the search finds:
 * the earliest date each activity could start if resources were unlimited (precedences, release
 * dates and the shortest lawful option of every gap), and from it the proofs that no plan exists —
 * a deadline before its earliest possible date, a horizon that ends before the earliest possible
 * completion, funds below the cheapest possible spend, a gap whose every lawful option needs more
 * engineers or cleanroom than will ever exist. Every reason is stated in dates and names.
 *
 * These are the only grounds on which the planner says `infeasible`; a search that finds nothing
 * without such a proof says `unknown`.
 */
import type { Problem } from "@chiproad/scheduler";
import type { Scenario } from "../scenario/index.ts";
import { dateOfPeriod } from "./calendar.ts";
import { completionPeriod, type Translation } from "./translate.ts";

/** Earliest start per activity with every activity in its shortest mode and no resource limits. */
export function earliestStarts(problem: Problem): number[] {
  const n = problem.activities.length;
  const minDur = problem.activities.map((a) => Math.min(...a.modes.map((m) => m.duration)));
  const es = problem.activities.map((a) => a.release ?? 0);
  // The precedence graph is acyclic (checked by the engine), so n rounds of relaxation suffice.
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const e of problem.precedences) {
      const t = (e.type === "FS" ? es[e.from]! + minDur[e.from]! : es[e.from]!) + e.lag;
      if (t > es[e.to]!) {
        es[e.to] = t;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return es;
}

/** No plan can start volume production before this period (resources ignored). */
export function earliestCompletion(t: Translation): number {
  return completionPeriod(t, earliestStarts(t.problem));
}

/** Money the cheapest lawful option of every gap needs together, over the packages `counted`. */
function cheapestSpend(t: Translation, counted: (activity: number) => boolean): number {
  let need = 0;
  for (const chain of t.chains) {
    const work = chain.activities.filter(counted);
    need += Math.min(
      ...chain.options.map((_, o) =>
        work.reduce((s, a) => s + (t.problem.activities[a]!.modes[o]!.budget?.[0] ?? 0), 0),
      ),
    );
  }
  return need;
}

function maxCapacity(problem: Problem, k: number): number {
  const c = problem.renewable[k]!.capacity;
  return typeof c === "number" ? c : Math.max(0, ...c.map((s) => s.capacity));
}

/**
 * Per chain, the reason every lawful option needs more of a renewable resource at once than the
 * programme will ever have; undefined when at least one option fits.
 */
export function unstaffableChains(t: Translation): Map<number, string> {
  const out = new Map<number, string>();
  t.chains.forEach((chain, c) => {
    const why: string[] = [];
    const fits = chain.options.map((option, o) => {
      for (const a of chain.activities) {
        const mode = t.problem.activities[a]!.modes[o]!;
        for (let k = 0; k < mode.renewable.length; k++) {
          const need = mode.renewable[k]!;
          const cap = maxCapacity(t.problem, k);
          if (need > cap) {
            why.push(
              `${option.partnerId}/${option.modelId}: ${t.info[a]!.name} needs ${need} of ${t.problem.renewable[k]!.id} at once, the programme never has more than ${cap}`,
            );
            return false;
          }
        }
      }
      return true;
    });
    if (!fits.some(Boolean)) out.set(c, why.join("; "));
  });
  return out;
}

/** Reasons, in dates and names, why no plan of the translated programme can exist. */
export function provenInfeasible(scenario: Scenario, t: Translation): string[] {
  const reasons = deadlineProofs(scenario, t, t.problem);
  const cal = t.calendar;
  const earliest = earliestCompletion(t);
  if (earliest > scenario.program.horizon) {
    reasons.push(
      `the planning horizon ends on ${dateOfPeriod(cal, scenario.program.horizon)}, before the earliest possible start of volume production ${dateOfPeriod(cal, earliest)}; extend program.horizon`,
    );
  }
  const budget = t.problem.budgets[0];
  if (budget) {
    const available = budget.tranches.reduce((s, x) => s + x.amount, 0);
    const need = cheapestSpend(t, () => true);
    const cur = scenario.program.currency;
    if (need > available) {
      reasons.push(
        `the funds provide ${available.toLocaleString("en-US")} ${cur} in total (after training), less than the ${need.toLocaleString("en-US")} ${cur} the cheapest lawful option of every gap needs together`,
      );
    } else {
      // Every package before volume production must be paid before the horizon ends.
      const horizon = scenario.program.horizon;
      const byHorizon = budget.tranches.filter((x) => x.time <= horizon).reduce((s, x) => s + x.amount, 0);
      const before = cheapestSpend(t, (a) => t.info[a]!.kind !== "production");
      if (before > byHorizon) {
        reasons.push(
          `the funds arriving by the end of the planning horizon (${dateOfPeriod(cal, horizon)}) provide ${byHorizon.toLocaleString("en-US")} ${cur} (after training), less than the ${before.toLocaleString("en-US")} ${cur} the cheapest lawful options need before volume production`,
        );
      }
    }
  }
  return reasons;
}

/**
 * Deadlines before their activity's earliest possible finish in `problem` (the translation's, or
 * a fixed choice of it, where dated rules add deadlines to the chosen option's work).
 */
export function deadlineProofs(scenario: Scenario, t: Translation, problem: Problem): string[] {
  const reasons: string[] = [];
  const cal = t.calendar;
  const es = earliestStarts(problem);
  const minDur = problem.activities.map((a) => Math.min(...a.modes.map((m) => m.duration)));
  problem.activities.forEach((a, i) => {
    if (a.deadline === undefined) return;
    const ef = es[i]! + minDur[i]!;
    if (ef <= a.deadline) return;
    const info = t.info[i]!;
    const target = scenario.targets.find((x) => x.id === info.targetId);
    if (info.role === "target" && target) {
      const stated = target.deadline ?? dateOfPeriod(cal, a.deadline);
      reasons.push(
        `the deadline ${stated} of target ${target.name} (${target.id}) is before its earliest possible date ${dateOfPeriod(cal, ef)} (the shortest lawful options, with no resource limits)`,
      );
      return;
    }
    const chain = t.chains.find((c) => c.activities.includes(i));
    const option = chain?.options.find((o) => o.lawfulUntil !== undefined);
    const why = option
      ? `must finish before ${option.lawfulUntil}, when rule ${option.rule ?? "?"} takes effect for ${option.partnerId}/${option.modelId}`
      : `has the deadline ${dateOfPeriod(cal, a.deadline)}`;
    reasons.push(`"${info.name}" ${why}, but cannot finish before ${dateOfPeriod(cal, ef)}`);
  });
  return reasons;
}
