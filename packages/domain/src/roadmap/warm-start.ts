/**
 * Maps a previous plan onto a (possibly changed) translation: options are matched by
 * `partner/model` key, activities by id. Options that disappeared (e.g. a partner blocked) fall
 * back to the best-scored remaining option; new activities start at 0 and the engine repairs.
 */
import type { Schedule } from "@chiproad/scheduler";
import type { Plan } from "./plan.ts";
import { optionKey } from "./planning-inputs.ts";
import { alignLines } from "./lines.ts";
import { scoredChoice } from "./search.ts";
import type { Translation } from "./translate.ts";

export function warmStartOf(
  t: Translation,
  plan: Plan,
): { choice: number[]; schedule: Schedule; changedChains: number[] } {
  const previous = new Map(plan.warmStart.entries.map((e) => [e.activity, e]));
  const fallback = scoredChoice(t);
  const changedChains: number[] = [];
  const choice = t.chains.map((chain, c) => {
    const first = chain.activities[0];
    const key = first === undefined ? undefined : previous.get(t.problem.activities[first]!.id)?.option;
    const o = chain.options.findIndex((x) => optionKey(x) === key);
    if (o >= 0) return o;
    changedChains.push(c);
    return fallback[c]!;
  });
  const aligned = alignLines(t, choice);
  aligned.forEach((o, c) => {
    choice[c] = o;
  });
  const modes = new Array<number>(t.problem.activities.length).fill(0);
  t.chains.forEach((chain, c) => {
    for (const a of chain.activities) modes[a] = choice[c]!;
  });
  const starts = t.problem.activities.map((a) => previous.get(a.id)?.start ?? 0);
  return { choice, schedule: { modes, starts }, changedChains };
}
