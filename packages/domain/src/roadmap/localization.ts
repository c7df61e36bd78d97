/**
 * How much of each target is made at home, and from when. Every required input weighs the same:
 * an input the country already covers counts 1 from the start; a capacity gap counts the domestic
 * share of the volume from the start; a gap closed by an option adds the model's `localization`
 * (0 = pure import or contract manufacturing abroad, 1 = full localization) of the rest from the
 * day its volume production starts (the last package's end when the model has none); a gap no
 * option can close adds nothing.
 */
import type { Schedule } from "@chiproad/scheduler";
import type { Scenario } from "../scenario/index.ts";
import { dateOfPeriod } from "./calendar.ts";
import type { Choice } from "./fixed-options.ts";
import type { TargetLocalization } from "./plan.ts";
import type { Translation } from "./translate.ts";

export function localizationOf(
  scenario: Scenario,
  t: Translation,
  choice: Choice,
  schedule: Schedule,
): TargetLocalization[] {
  const models = new Map(scenario.models.map((m) => [m.id, m]));
  return scenario.targets.map((target) => {
    const n = target.inputs.length;
    let base = 0;
    const steps = new Map<number, number>();
    for (const required of target.inputs) {
      const gapId = `${target.id}:${required.input}`;
      const c = t.chains.findIndex((x) => x.gap.id === gapId);
      const chain = t.chains[c];
      const blocked = t.blockedGaps.some((b) => b.gapId === gapId);
      if (!chain && !blocked) {
        base += 1; // covered at home
        continue;
      }
      const gap = chain?.gap;
      const domestic =
        gap?.requiredVolume && gap.requiredVolume > 0
          ? Math.min(1, (gap.domesticCapacity ?? 0) / gap.requiredVolume)
          : 0;
      base += domestic;
      if (!chain) continue;
      const option = chain.options[choice[c] ?? 0]!;
      const share = (1 - domestic) * (models.get(option.modelId)?.localization ?? 0);
      if (share <= 0) continue;
      const mode = choice[c] ?? 0;
      const production = chain.activities.find(
        (a) => t.info[a]!.kind === "production" && t.problem.activities[a]!.modes[mode]!.duration > 0,
      );
      const last = chain.activities[chain.activities.length - 1]!;
      const from =
        production !== undefined
          ? schedule.starts[production]!
          : schedule.starts[last]! + t.problem.activities[last]!.modes[mode]!.duration;
      steps.set(from, (steps.get(from) ?? 0) + share);
    }
    const points = [{ period: 0, share: base }];
    let running = base;
    for (const [period, add] of [...steps.entries()].sort((a, b) => a[0] - b[0])) {
      running += add;
      if (period === 0) points[0]!.share = running;
      else points.push({ period, share: running });
    }
    const round = (x: number) => Math.round((x / n) * 1000) / 1000;
    return {
      targetId: target.id,
      steps: points.map((p) => ({ date: dateOfPeriod(t.calendar, p.period), share: round(p.share) })),
      final: round(running),
    };
  });
}
