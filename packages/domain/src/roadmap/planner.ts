/**
 * The roadmap planner: translate, search option choices, explain every decision by forcing each
 * alternative, assert the engine's validator accepts the result, and build the `Plan`.
 */
import { validate } from "@chiproad/scheduler";
import type { Scenario } from "../scenario/index.ts";
import { buildPlan, infeasiblePlan } from "./build-plan.ts";
import { dateOfPeriod } from "./calendar.ts";
import type { Evaluation } from "./evaluate.ts";
import { explainChoice, unlawfulReason } from "./explain.ts";
import type { Plan } from "./plan.ts";
import { type GapInput, type OptionInput, optionKey } from "./planning-inputs.ts";
import { type SearchResult, searchChoices } from "./search.ts";
import { type Translation, translate, withOptionAlignment } from "./translate.ts";
import { fixOptions, toSubSchedule } from "./fixed-options.ts";
import { warmStartOf } from "./warm-start.ts";

export interface PlanOptions {
  /** Engine time for the search, in ms (default 5000). */
  timeLimitMs?: number;
  /** Engine schedules for the search (default 20000). */
  maxSchedules?: number;
  seed?: number;
  /** A previous plan of the same (or a changed) scenario to start from. */
  warmStart?: Plan;
  /** Engine schedules per forced alternative when explaining decisions (default 200; 0 = no explanations). */
  explainSchedules?: number;
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

export function planFromAssessments(
  scenario: Scenario,
  gaps: readonly GapInput[],
  options: readonly OptionInput[],
  opts: PlanOptions = {},
): PlannerRun {
  const t = translate(scenario, gaps, options);
  const seed = opts.seed ?? 1;
  const zero = { solves: 0, schedulesGenerated: 0, elapsedMs: 0, lowerBound: 0 };
  if (t.blocked.length > 0) return { plan: infeasiblePlan(scenario, t, t.blocked, zero), translation: t };

  const warm = opts.warmStart ? warmStartOf(t, opts.warmStart) : undefined;
  const search: SearchResult = searchChoices(t, {
    timeLimitMs: opts.timeLimitMs ?? 5000,
    maxSchedules: opts.maxSchedules ?? 20_000,
    seed,
    ...(warm
      ? { initialChoice: warm.choice, initialSchedule: warm.schedule, priorityChains: warm.changedChains }
      : {}),
    ...(opts.onProgress
      ? { onProgress: (p) => opts.onProgress?.({ ...p, fraction: p.fraction * 0.8 }) }
      : {}),
  });
  let best = search.best;
  const stats = {
    solves: search.solves,
    schedulesGenerated: search.schedulesGenerated,
    elapsedMs: search.elapsedMs,
    lowerBound: best.lowerBound,
  };
  if (!best.schedule) {
    return { plan: infeasiblePlan(scenario, t, best.infeasibility, stats), translation: t, best };
  }
  const completion = t.targets.reduce((m, x) => Math.max(m, best.schedule!.starts[x.activity]!), 0);
  if (completion > scenario.program.horizon) {
    const reason = `the best plan found starts volume production on ${dateOfPeriod(t.calendar, completion)}, after the planning horizon ends (${dateOfPeriod(t.calendar, scenario.program.horizon)}); extend program.horizon, add resources or relax the targets`;
    return { plan: infeasiblePlan(scenario, t, [reason], stats), translation: t, best };
  }
  const explainSchedules = opts.explainSchedules ?? 200;
  let alternatives = t.chains.map(() => [] as ReturnType<typeof explainChoice>["alternatives"][number]);
  // Explaining gets about half the search's time, shared by every forced alternative.
  const alternativesCount = t.chains.reduce((n, c) => n + c.options.length - 1, 0);
  const explainMs = Math.max(10, Math.round((opts.timeLimitMs ?? 5000) / 2 / Math.max(1, alternativesCount)));
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
      if (!ex.better) break;
      best = ex.better;
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
          reason: unlawfulReason(r),
          ...(r.rule !== undefined ? { rule: r.rule } : {}),
        })),
    );
  }
  assertValid(t, best);
  const singleChoice = t.chains.every((c) => c.options.length === 1);
  const status = best.status === "optimal" && singleChoice ? "optimal" : "feasible";
  const plan = buildPlan(scenario, t, best, alternatives, stats, status);
  opts.onProgress?.({ fraction: 1, message: "plan ready" });
  return { plan, translation: t, best };
}

/** Option keys of a plan's decisions by gap (for warm starts and tests). */
export function decisionKeys(plan: Plan): Map<string, string> {
  return new Map(plan.decisions.map((d) => [d.gapId, optionKey({ partnerId: d.partner, modelId: d.model })]));
}
