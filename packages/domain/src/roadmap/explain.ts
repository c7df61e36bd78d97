/**
 * Explanations are measured, not guessed: every lawful alternative of every decision is
 * scheduled by the engine with that option forced (all other decisions as chosen, warm-started
 * from the chosen schedule), and compared on the planner's own lexicographic objective.
 */
import type { Schedule } from "@chiproad/scheduler";
import { type Evaluation, evaluateChoice } from "./evaluate.ts";
import { compareObjectives, fixOptions, toSubSchedule } from "./fixed-options.ts";
import type { Alternative, RejectedOption } from "./plan.ts";
import { withOption } from "./lines.ts";
import { offerOveruseMessage } from "./offer-capacity.ts";
import { optionKey } from "./planning-inputs.ts";
import type { Translation } from "./translate.ts";
import { resourceParam } from "./resource-names.ts";
import { firstWait } from "./waits.ts";
import { type Message, messages, money, msg, nested, said } from "../messages/index.ts";

export interface ExplainOptions {
  maxSchedules: number;
  /** Optional wall-clock cap per forced alternative. */
  timeLimitMs?: number | undefined;
  seed: number;
}

export interface ExplainResult {
  /** Per chain: the lawful alternatives then the unlawful ones. */
  alternatives: Alternative[][];
  /** Set when a forced alternative beat the chosen plan (the search missed it). */
  better?: Evaluation;
  solves: number;
  schedulesGenerated: number;
  elapsedMs: number;
}

function chainDuration(t: Translation, chain: number, option: number): number {
  const c = t.chains[chain]!;
  return c.activities.reduce((sum, a) => sum + t.problem.activities[a]!.modes[option]!.duration, 0);
}

export function describeWait(
  t: Translation,
  e: Evaluation,
  schedule: Schedule,
  chain: number,
): Message | undefined {
  const sub = fixOptions(t, e.choice);
  const wait = firstWait(sub, toSubSchedule(schedule), t.chains[chain]!.activities);
  if (!wait) return undefined;
  const days = wait.periods * t.calendar.daysPerPeriod;
  return msg("explain.waits", {
    activity: nested(t.info[wait.activity]!.nameMessage),
    days,
    resource: resourceParam(wait.resource),
  });
}

/** An engine reason (the scheduler's own English text), quoted as it is. */
export const engineReason = (text: string): Message => msg("common.engine", { text });

function lawfulOutcome(t: Translation, best: Evaluation, e: Evaluation, c: number, o: number): Alternative {
  const option = t.chains[c]!.options[o]!;
  const base = { partner: option.partnerId, model: option.modelId };
  const dpp = t.calendar.daysPerPeriod;
  if (!e.schedule) {
    const first = e.infeasibility[0];
    return {
      ...base,
      outcome: "infeasible",
      ...said(
        msg("explain.noFeasiblePlan", {
          why: nested(first !== undefined ? engineReason(first) : msg("common.unknown")),
        }),
      ),
    };
  }
  const [dT, dM, dC] = [0, 1, 2].map((k) => (e.objective[k] ?? 0) - (best.objective[k] ?? 0)) as [
    number,
    number,
    number,
  ];
  const chosen = best.choice[c]!;
  const longer = (chainDuration(t, c, o) - chainDuration(t, c, chosen)) * dpp;
  const causes: Message[] = [];
  if (longer > 0)
    causes.push(msg("explain.longerWork", { licence: option.licenceDelayDays > 0, days: longer }));
  const wait = describeWait(t, e, e.schedule, c);
  if (wait) causes.push(wait);
  const why = causes.length > 0 ? messages(causes, "semicolon") : undefined;
  if (dT > 1e-9) {
    return {
      ...base,
      outcome: "later",
      deltaDays: Math.round(dT * dpp),
      deltaCost: Math.round(dC),
      ...said(msg("explain.targetsLater", { days: Math.round(dT * dpp), why })),
    };
  }
  if (dM > 0) {
    return {
      ...base,
      outcome: "later",
      deltaDays: dM * dpp,
      deltaCost: Math.round(dC),
      ...said(msg("explain.completesLater", { days: dM * dpp, why })),
    };
  }
  if (dT < -1e-9 || dM < 0) {
    return {
      ...base,
      outcome: "equal",
      deltaDays: dM * dpp,
      ...said(msg("explain.earlierAdopted")),
    };
  }
  if (dC >= 1) {
    return {
      ...base,
      outcome: "costlier",
      deltaDays: 0,
      deltaCost: Math.round(dC),
      ...said(msg("explain.costlier", { amount: money(Math.round(dC), t.currency) })),
    };
  }
  if (dC > 1e-9) {
    const hhi = (x: number | undefined) =>
      x === undefined ? nested(msg("common.notAvailable")) : Math.round(x > 1 ? x : x * 10_000);
    const chosenOpt = t.chains[c]!.options[chosen]!;
    return {
      ...base,
      outcome: "more-concentrated",
      deltaDays: 0,
      deltaCost: 0,
      ...said(
        msg("explain.moreConcentrated", { after: hhi(option.hhiAfter), chosen: hhi(chosenOpt.hhiAfter) }),
      ),
    };
  }
  return {
    ...base,
    outcome: "equal",
    deltaDays: 0,
    deltaCost: 0,
    ...said(msg("explain.equal")),
  };
}

/** The compliance reason as given, prefixed only when it does not already say it and name the rule. */
export function unlawfulReason(r: RejectedOption): Message {
  const prefixed = /^unlawful\b/i.test(r.reason);
  const text = prefixed ? r.reason : `unlawful: ${r.reason}`;
  const message = prefixed ? r.message : msg("compliance.unlawful", { reason: nested(r.message) });
  return r.rule && !text.includes(r.rule)
    ? msg("explain.ruleNamed", { reason: nested(message), rule: r.rule })
    : message;
}

export function explainChoice(t: Translation, best: Evaluation, opts: ExplainOptions): ExplainResult {
  let solves = 0;
  let schedules = 0;
  let elapsed = 0;
  let better: Evaluation | undefined;
  const alternatives = t.chains.map((chain, c) => {
    const out: Alternative[] = [];
    chain.options.forEach((_, o) => {
      if (o === best.choice[c]) return;
      const choice = withOption(t, best.choice, c, o); // a production line is forced whole
      const overuse = offerOveruseMessage(t, choice);
      if (overuse) {
        const option = chain.options[o]!;
        out.push({
          partner: option.partnerId,
          model: option.modelId,
          outcome: "infeasible",
          ...said(msg("explain.notWithOthers", { why: nested(overuse) })),
        });
        return;
      }
      const e = evaluateChoice(t, choice, {
        seed: opts.seed + solves,
        maxSchedules: opts.maxSchedules,
        ...(opts.timeLimitMs !== undefined ? { timeLimitMs: opts.timeLimitMs } : {}),
        ...(best.schedule ? { initial: best.schedule } : {}),
      });
      solves++;
      schedules += e.schedulesGenerated;
      elapsed += e.elapsedMs;
      if (compareObjectives(e.objective, (better ?? best).objective) < 0) better = e;
      out.push(lawfulOutcome(t, best, e, c, o));
    });
    for (const r of t.rejected) {
      if (r.gapId !== chain.gap.id) continue;
      const alt: Alternative = {
        partner: r.partner,
        model: r.model,
        outcome: "unlawful",
        ...said(unlawfulReason(r)),
      };
      out.push(r.rule !== undefined ? { ...alt, rule: r.rule } : alt);
    }
    return out;
  });
  const result: ExplainResult = { alternatives, solves, schedulesGenerated: schedules, elapsedMs: elapsed };
  return better ? { ...result, better } : result;
}

/** Key of the chosen option of chain `c`. */
export function chosenKey(t: Translation, choice: readonly number[], c: number): string {
  return optionKey(t.chains[c]!.options[choice[c]!]!);
}
