/**
 * The roadmap planner: translate, search option choices, explain every decision by forcing each
 * alternative, assert the engine's validator accepts the result, and build the `Plan`.
 */
import { validate } from "@chiproad/scheduler";
import { checkActualsUsed, withRecordedOptions } from "./actuals.ts";
import { inProgrammeCurrency } from "../finance/currency.ts";
import type { Scenario } from "../scenario/index.ts";
import { ESCALATION_FACTOR, ESCALATIONS, type ProfileName, profileOf } from "../policy/index.ts";
import type { ReferenceData } from "../scenario/index.ts";
import { buildPlan, noPlan, type PlanStats } from "./build-plan.ts";
import { dateOfPeriod } from "./calendar.ts";
import type { Evaluation } from "./evaluate.ts";
import { engineReason, explainChoice, unlawfulReason } from "./explain.ts";
import { date, grouped, type Message, msg, nested, ref, said } from "../messages/index.ts";
import type { Plan } from "./plan.ts";
import type { GapInput, OptionInput } from "./planning-inputs.ts";
import { deadlineProofs, earliestCompletion, provenInfeasible, unstaffableChains } from "./proofs.ts";
import { buildProvenance, type ScenarioSourceRef } from "./provenance.ts";
import { type SearchResult, searchChoices } from "./search.ts";
import { completionPeriod, type Translation, translate, withOptionAlignment } from "./translate.ts";
import { evaluateChoice } from "./evaluate.ts";
import { compareObjectives, fixOptions, toSubSchedule } from "./fixed-options.ts";
import { withTrainedEngineers } from "./trained-engineers.ts";
import { warmStartOf } from "./warm-start.ts";

export interface PlanOptions {
  /** Planning profile: the work budget (default `standard`, see `PLANNING_PROFILES`). */
  profile?: ProfileName;
  /** Engine schedules for the search; overrides the profile's. */
  maxSchedules?: number;
  /** Optional wall-clock cap in ms; when it ends the search, `stats.stoppedBy` says so. */
  timeLimitMs?: number;
  /**
   * The caller's clock for the cap: milliseconds since its run began (the domain reads no clock
   * itself). With it the cap covers everything since then — loading, analysis, explanations —
   * not only the engine's own search time.
   */
  clock?: () => number;
  seed?: number;
  /** A previous plan of the same (or a changed) scenario to start from. */
  warmStart?: Plan;
  /** Engine schedules per forced alternative when explaining decisions (default: the profile's; 0 = none). */
  explainSchedules?: number;
  /** The scenario text's hash and stored version, for the provenance block. */
  source?: ScenarioSourceRef;
  onProgress?: (p: { fraction: number; message: string }) => void;
}

/** Thrown when a produced schedule fails the engine's own validator: a bug, never a user error. */
export class PlannerInvariantError extends Error {}

/** Dense aligned problems above this many mode × resource entries are only built in tests. */
const FULL_VALIDATION_LIMIT = 2_000_000;

function assertValid(t: Translation, best: Evaluation): void {
  if (!best.schedule) return;
  const sub = validate(fixOptions(t, best.choice), toSubSchedule(best.schedule));
  const modes = t.problem.activities.reduce((n, a) => n + a.modes.length, 0);
  const full =
    modes * t.alignment.resources.length <= FULL_VALIDATION_LIMIT
      ? validate(withOptionAlignment(t), best.schedule)
      : [];
  const violations = [...sub, ...full];
  if (violations.length > 0) {
    throw new PlannerInvariantError(
      `planner produced a schedule the engine rejects: ${violations.map((v) => v.message).join("; ")}`,
    );
  }
}

export interface PlannerRun {
  plan: Plan;
  translation: Translation;
  best?: Evaluation;
}

/** The translation without the gaps that no lawful option can staff (they become blocking decisions). */
function withoutUnstaffable(
  scenario: Scenario,
  gaps: readonly GapInput[],
  options: readonly OptionInput[],
  t: Translation,
): Translation {
  const unstaffable = unstaffableChains(t);
  if (unstaffable.size === 0) return t;
  const drop = new Set([...unstaffable.keys()].map((c) => t.chains[c]!.gap.id));
  const next = translate(
    scenario,
    gaps.filter((g) => !drop.has(g.id)),
    options,
  );
  for (const [c, why] of unstaffable) {
    const gap = t.chains[c]!.gap;
    next.blockedGaps.push({
      gapId: gap.id,
      targetId: gap.targetId,
      inputName: gap.inputName,
      ...said(
        msg("blocked.unstaffable", { input: ref("input", gap.inputId, gap.inputName), why: nested(why) }),
      ),
      rules: [],
    });
  }
  return next;
}

export function planFromAssessments(
  quoted: Scenario,
  gaps: readonly GapInput[],
  assessed: readonly OptionInput[],
  opts: PlanOptions = {},
  ref: ReferenceData = {},
): PlannerRun {
  const scenario = inProgrammeCurrency(quoted);
  const options = withRecordedOptions(scenario, assessed);
  const t = withoutUnstaffable(scenario, gaps, options, translate(scenario, gaps, options));
  checkActualsUsed(scenario, t);
  const seed = opts.seed ?? 1;
  const profile = profileOf(opts.profile);
  let budget = opts.maxSchedules ?? profile.maxSchedules;
  const cap = opts.timeLimitMs;
  // Time used against the cap: the caller's clock when given, else the engine's own time.
  const used = () => Math.max(opts.clock?.() ?? 0, stats.elapsedMs);
  const cal = t.calendar;
  const earliest = earliestCompletion(t);
  // With one lawful option per gap, the engine's proof for that choice covers every plan.
  const singleChoice = t.chains.every((c) => c.options.length === 1);
  const stats: PlanStats = {
    profile: profile.name,
    seed,
    maxSchedules: budget,
    escalations: 0,
    ...(cap !== undefined ? { timeLimitMs: cap } : {}),
    stoppedBy: "proof",
    solves: 0,
    schedulesGenerated: 0,
    elapsedMs: 0,
    earliestCompletion: earliest,
  };
  const provenance = () =>
    buildProvenance(scenario, ref, {
      seed,
      profile: profile.name,
      maxSchedules: stats.maxSchedules,
      timeLimitMs: cap,
      rules: options.flatMap((o) => (o.rule !== undefined ? [o.rule] : [])),
      source: opts.source,
    });
  const proofs = [...t.blocked, ...provenInfeasible(scenario, t)];
  if (proofs.length > 0) {
    return { plan: noPlan("infeasible", scenario, t, proofs, stats, provenance()), translation: t };
  }

  const warm = opts.warmStart ? warmStartOf(t, opts.warmStart) : undefined;
  const searchOnce = () =>
    searchChoices(t, {
      // With a cap, the search gets 70% of what is left; explaining the decisions the rest.
      timeLimitMs: cap !== undefined ? Math.max(1, Math.round((cap - used()) * 0.7)) : undefined,
      maxSchedules: budget,
      seed,
      ...(warm
        ? { initialChoice: warm.choice, initialSchedule: warm.schedule, priorityChains: warm.changedChains }
        : {}),
      ...(opts.onProgress
        ? { onProgress: (p) => opts.onProgress?.({ ...p, fraction: p.fraction * 0.8 }) }
        : {}),
    });
  const completionOf = (e: Evaluation) => (e.schedule ? completionPeriod(t, e.schedule.starts) : Infinity);
  const withinHorizon = (e: Evaluation) => completionOf(e) <= scenario.program.horizon;
  let search: SearchResult;
  // Nothing found and nothing proven: escalate the work budget before saying "unknown".
  for (;;) {
    search = searchOnce();
    stats.solves += search.solves;
    stats.schedulesGenerated += search.schedulesGenerated;
    stats.elapsedMs += search.elapsedMs;
    stats.stoppedBy = search.stoppedBy;
    stats.maxSchedules = budget;
    const found = search.best.schedule !== undefined && withinHorizon(search.best);
    if (found || search.stoppedBy === "time-limit" || stats.escalations >= ESCALATIONS) break;
    if (search.best.status === "infeasible" && singleChoice) break;
    stats.escalations++;
    budget *= ESCALATION_FACTOR;
  }
  let best = search.best;
  if (!best.schedule || !withinHorizon(best)) {
    if (best.status === "infeasible" && singleChoice) {
      return {
        plan: noPlan("infeasible", scenario, t, singleChoiceProof(scenario, t, best), stats, provenance()),
        translation: t,
        best,
      };
    }
    const found = best.schedule
      ? msg("plan.foundAfterHorizon", {
          completion: date(dateOfPeriod(cal, completionOf(best))),
          horizonEnd: date(dateOfPeriod(cal, scenario.program.horizon)),
        })
      : msg("plan.noneFound");
    const reason = msg("plan.unknown", {
      found: nested(found),
      schedules: grouped(stats.schedulesGenerated),
      escalations: stats.escalations,
      earliest: date(dateOfPeriod(cal, earliest)),
      profile: "thorough",
    });
    return { plan: noPlan("unknown", scenario, t, [reason], stats, provenance()), translation: t, best };
  }
  const explainSchedules = opts.explainSchedules ?? profile.explainSchedules;
  let alternatives = t.chains.map(() => [] as ReturnType<typeof explainChoice>["alternatives"][number]);
  const alternativesCount = t.chains.reduce((n, c) => n + c.options.length - 1, 0);
  // With a wall-clock cap, explaining shares what is left of it among the forced alternatives.
  const explainMs =
    cap !== undefined
      ? Math.max(1, Math.round(((cap - used()) * 0.9) / Math.max(1, alternativesCount)))
      : undefined;
  if (explainSchedules > 0) {
    // An alternative that turns out better when forced is adopted and the explanations redone:
    // every explanation then compares against the plan actually returned.
    for (let round = 0; round < 3; round++) {
      const ex = explainChoice(t, best, {
        maxSchedules: explainSchedules,
        timeLimitMs: explainMs,
        seed: seed + 7919 * (round + 1),
      });
      stats.solves += ex.solves;
      stats.schedulesGenerated += ex.schedulesGenerated;
      stats.elapsedMs += ex.elapsedMs;
      alternatives = ex.alternatives;
      if (!ex.better || !withinHorizon(ex.better)) break;
      best = ex.better;
      if (cap !== undefined && used() >= cap) break;
    }
    opts.onProgress?.({ fraction: 0.95, message: "decisions explained" });
  } else {
    alternatives = t.chains.map((chain) =>
      t.rejected
        .filter((r) => r.gapId === chain.gap.id)
        .map((r) => ({
          partner: r.partner,
          model: r.model,
          outcome: "unlawful" as const,
          ...said(unlawfulReason(r)),
          ...(r.rule !== undefined ? { rule: r.rule } : {}),
        })),
    );
  }
  // Partner-trained engineers join their pool when training ends: re-schedule the chosen plan
  // with them (never worse: the plan found stays feasible there).
  let final = t;
  const trained = withTrainedEngineers(scenario, t, best.choice, best.schedule!);
  if (trained) {
    const e = evaluateChoice(trained.translation, best.choice, {
      seed: seed + 104_729,
      maxSchedules: Math.max(1, Math.round(stats.maxSchedules / 10)),
      ...(cap !== undefined ? { timeLimitMs: Math.max(1, cap - used()) } : {}),
      initial: best.schedule!,
    });
    stats.solves++;
    stats.schedulesGenerated += e.schedulesGenerated;
    stats.elapsedMs += e.elapsedMs;
    final = trained.translation;
    if (e.schedule && compareObjectives(e.objective, best.objective) <= 0 && withinHorizon(e)) best = e;
  }
  assertValid(final, best);
  const status =
    t.blockedGaps.length > 0
      ? "infeasible"
      : best.status === "optimal" && singleChoice
        ? "optimal"
        : "feasible";
  const plan = buildPlan(scenario, final, best, alternatives, stats, status, provenance());
  opts.onProgress?.({ fraction: 1, message: "plan ready" });
  return { plan, translation: final, best };
}

/**
 * Why the only possible choice has no plan: the deadline proofs of its fixed problem (dated
 * rules become deadlines and releases there) in dates and names; otherwise the engine's reasons
 * with activity ids replaced by names.
 */
function singleChoiceProof(scenario: Scenario, t: Translation, best: Evaluation): Message[] {
  const fixed = fixOptions(t, best.choice);
  const proofs = deadlineProofs(scenario, t, fixed);
  if (proofs.length > 0) return proofs;
  return best.infeasibility.map((r) =>
    engineReason(
      r.replace(/activity (\S+)/g, (m, id: string) => {
        const i = t.problem.activities.findIndex((a) => a.id === id);
        return i >= 0 ? `"${t.info[i]!.name}"` : m;
      }),
    ),
  );
}
