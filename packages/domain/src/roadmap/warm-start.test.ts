import { describe, expect, it } from "vitest";
import { applyChanges } from "../whatif/apply.ts";
import { runPlanner } from "./plan-roadmap.ts";
import { searchChoices } from "./search.ts";
import { FAST, twoPartnerScenario } from "./testing/fixtures.ts";
import { warmStartOf } from "./warm-start.ts";

describe("warmStartOf", () => {
  it("keeps the baseline's still-lawful options and names the gaps whose option disappeared", () => {
    const scenario = twoPartnerScenario();
    const baseline = runPlanner(scenario, {}, FAST);
    expect(baseline.plan.decisions[0]!.partner).toBe("p2");

    const same = warmStartOf(baseline.translation, baseline.plan);
    expect(same.changedChains).toEqual([]);
    expect(same.choice).toEqual(baseline.best!.choice);

    const changed = applyChanges(scenario, { changes: [{ type: "block-partner", partner: "p2" }] });
    const t = runPlanner(changed, {}, { ...FAST, maxSchedules: 1 }).translation;
    const warm = warmStartOf(t, baseline.plan);
    expect(warm.changedChains).toEqual([0]);
    expect(t.chains[0]!.options[warm.choice[0]!]!.partnerId).toBe("p1");
  });
});

describe("searchChoices with a warm start", () => {
  it("re-plans the changed gap first and stays within the schedule budget", () => {
    const scenario = twoPartnerScenario();
    const baseline = runPlanner(scenario, {}, FAST);
    const changed = applyChanges(scenario, { changes: [{ type: "block-partner", partner: "p2" }] });
    const t = runPlanner(changed, {}, { ...FAST, maxSchedules: 1 }).translation;
    const warm = warmStartOf(t, baseline.plan);
    const opts = { timeLimitMs: 60_000, maxSchedules: 300, seed: 3 };
    const r = searchChoices(t, {
      ...opts,
      initialChoice: warm.choice,
      initialSchedule: warm.schedule,
      priorityChains: warm.changedChains,
    });
    expect(r.best.schedule).toBeDefined();
    expect(t.chains[0]!.options[r.best.choice[0]!]!.partnerId).toBe("p1");
    // Every solve asks for at least one schedule, so the budget may be overrun by one per solve.
    expect(r.schedulesGenerated).toBeLessThanOrEqual(300 + r.solves);
  });
});
