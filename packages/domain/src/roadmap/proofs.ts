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
import { resourceParam } from "./resource-names.ts";
import { date, type Message, messages, money, msg, nested, ref } from "../messages/index.ts";
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
export function unstaffableChains(t: Translation): Map<number, Message> {
  const out = new Map<number, Message>();
  t.chains.forEach((chain, c) => {
    const why: Message[] = [];
    const fits = chain.options.map((option, o) => {
      for (const a of chain.activities) {
        const mode = t.problem.activities[a]!.modes[o]!;
        for (let k = 0; k < mode.renewable.length; k++) {
          const need = mode.renewable[k]!;
          const cap = maxCapacity(t.problem, k);
          if (need > cap) {
            why.push(
              msg("proof.unstaffable", {
                partner: ref("partner", option.partnerId),
                model: ref("model", option.modelId),
                activity: nested(t.info[a]!.nameMessage),
                need,
                resource: resourceParam(t.problem.renewable[k]!.id),
                capacity: cap,
              }),
            );
            return false;
          }
        }
      }
      return true;
    });
    if (!fits.some(Boolean)) out.set(c, msg("common.join", { items: messages(why, "semicolon") }));
  });
  return out;
}

/** Reasons, in dates and names, why no plan of the translated programme can exist. */
export function provenInfeasible(scenario: Scenario, t: Translation): Message[] {
  const reasons = deadlineProofs(scenario, t, t.problem);
  const cal = t.calendar;
  const earliest = earliestCompletion(t);
  if (earliest > scenario.program.horizon) {
    reasons.push(
      msg("proof.horizon", {
        horizonEnd: date(dateOfPeriod(cal, scenario.program.horizon)),
        earliest: date(dateOfPeriod(cal, earliest)),
      }),
    );
  }
  const budget = t.problem.budgets[0];
  if (budget) {
    const available = budget.tranches.reduce((s, x) => s + x.amount, 0);
    const need = cheapestSpend(t, () => true);
    const cur = scenario.program.currency;
    if (need > available) {
      reasons.push(msg("proof.funds", { available: money(available, cur), need: money(need, cur) }));
    } else {
      // Every package before volume production must be paid before the horizon ends.
      const horizon = scenario.program.horizon;
      const byHorizon = budget.tranches.filter((x) => x.time <= horizon).reduce((s, x) => s + x.amount, 0);
      const before = cheapestSpend(t, (a) => t.info[a]!.kind !== "production");
      if (before > byHorizon) {
        reasons.push(
          msg("proof.fundsByHorizon", {
            horizonEnd: date(dateOfPeriod(cal, horizon)),
            available: money(byHorizon, cur),
            need: money(before, cur),
          }),
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
export function deadlineProofs(scenario: Scenario, t: Translation, problem: Problem): Message[] {
  const reasons: Message[] = [];
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
        msg("proof.targetDeadline", {
          deadline: date(stated),
          target: ref("target", target.id, target.name),
          targetId: target.id,
          earliest: date(dateOfPeriod(cal, ef)),
        }),
      );
      return;
    }
    const chain = t.chains.find((c) => c.activities.includes(i));
    const option = chain?.options.find((o) => o.lawfulUntil !== undefined);
    const why = option
      ? msg("proof.ruleTakesEffect", {
          date: date(option.lawfulUntil!),
          rule: option.rule ?? "?",
          partner: ref("partner", option.partnerId),
          model: ref("model", option.modelId),
        })
      : msg("proof.hasDeadline", { date: date(dateOfPeriod(cal, a.deadline)) });
    reasons.push(
      msg("proof.activityDeadline", {
        activity: nested(info.nameMessage),
        why: nested(why),
        earliest: date(dateOfPeriod(cal, ef)),
      }),
    );
  });
  return reasons;
}
