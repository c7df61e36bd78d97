/**
 * Engineers a partner trains (`trainingOutput` of the chosen model) join their pool when the
 * chain's training package ends. The engine's capacity profile cannot depend on decisions, so
 * this is a second pass on the chosen plan: each chosen option's training end in that plan
 * becomes a capacity step (+engineers from then on) AND a deadline on that training package, so
 * the step stays true in any re-schedule. The plan of the first pass remains feasible in the
 * second (same training ends, more capacity), so re-scheduling can only keep or improve it.
 */
import type { CapacityStep, RenewableResource, Schedule } from "@chiproad/scheduler";
import type { Scenario } from "../scenario/index.ts";
import type { Choice } from "./fixed-options.ts";
import type { Translation } from "./translate.ts";

export interface TrainedCohort {
  gapId: string;
  pool: string;
  engineers: number;
  /** Period from which they are available (the training package's end). */
  from: number;
}

function addFrom(r: RenewableResource, from: number, extra: number): RenewableResource {
  const steps: CapacityStep[] =
    typeof r.capacity === "number" ? [{ from: 0, capacity: r.capacity }] : r.capacity.map((s) => ({ ...s }));
  let before = 0;
  for (const s of steps) if (s.from <= from) before = s.capacity;
  const out = steps.map((s) => (s.from >= from ? { from: s.from, capacity: s.capacity + extra } : s));
  if (!steps.some((s) => s.from === from)) out.push({ from, capacity: before + extra });
  return { ...r, capacity: out.sort((a, b) => a.from - b.from) };
}

/** The trained cohorts of `choice` in `schedule`, and the translation that counts them. */
export function withTrainedEngineers(
  scenario: Scenario,
  t: Translation,
  choice: Choice,
  schedule: Schedule,
): { translation: Translation; cohorts: TrainedCohort[] } | undefined {
  const models = new Map(scenario.models.map((m) => [m.id, m]));
  const firstPool = scenario.workforce.pools[0]?.id;
  const cohorts: TrainedCohort[] = [];
  const deadlines = new Map<number, number>();
  let renewable = [...t.problem.renewable];
  t.chains.forEach((chain, c) => {
    const option = chain.options[choice[c] ?? 0]!;
    const output = models.get(option.modelId)?.trainingOutput;
    const pool = output?.pool ?? firstPool;
    if (!output || output.engineers <= 0 || pool === undefined) return;
    const k = t.resources.poolIndex.get(pool);
    const train = chain.activities.find(
      (a) => t.info[a]!.kind === "train" && t.problem.activities[a]!.modes[choice[c] ?? 0]!.duration > 0,
    );
    if (k === undefined || train === undefined) return;
    const from = schedule.starts[train]! + t.problem.activities[train]!.modes[choice[c] ?? 0]!.duration;
    renewable = renewable.map((r, i) => (i === k ? addFrom(r, from, output.engineers) : r));
    deadlines.set(train, from);
    cohorts.push({ gapId: chain.gap.id, pool, engineers: output.engineers, from });
  });
  if (cohorts.length === 0) return undefined;
  const problem = {
    ...t.problem,
    renewable,
    activities: t.problem.activities.map((a, i) => {
      const d = deadlines.get(i);
      return d === undefined ? a : { ...a, deadline: Math.min(a.deadline ?? Infinity, d) };
    }),
  };
  return { translation: { ...t, problem }, cohorts };
}
