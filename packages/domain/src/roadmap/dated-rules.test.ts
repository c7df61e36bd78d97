/** A rule's effectiveFrom / effectiveUntil apply to the dates of the work it governs. */
import { describe, expect, it } from "vitest";
import { FAST, PROHIBIT_3E, twoPartnerScenario } from "./testing/fixtures.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { minimalScenario } from "../scenario/minimal.ts";

const dated = (extra: { effectiveFrom?: string; effectiveUntil?: string }) =>
  minimalScenario((s) => {
    s.rules = { exportControls: [{ ...PROHIBIT_3E, ...extra }] };
  });

describe("dated export-control rules", () => {
  it("a prohibition that takes effect after the horizon does not block a transfer now", () => {
    const plan = planRoadmap(dated({ effectiveFrom: "2040-01-01" }), {}, FAST);
    expect(plan.status).toMatch(/^(optimal|feasible)$/);
    expect(plan.rejected).toEqual([]);
    expect(plan.completion.date).toBe("2025-07-16");
  });

  it("a prohibition in force throughout still excludes the option, naming the rule", () => {
    const plan = planRoadmap(dated({}), {}, FAST);
    expect(plan.status).toBe("infeasible");
    expect(plan.blocking[0]).toMatchObject({ gapId: "chip:N25", rules: ["wa-3e"] });
  });

  it("a prohibition taking effect during the programme: the work must finish before it", () => {
    const plan = planRoadmap(dated({ effectiveFrom: "2025-09-01" }), {}, FAST);
    expect(plan.status).toMatch(/^(optimal|feasible)$/);
    const work = plan.activities.filter((a) => a.gapId === "chip:N25");
    expect(work.length).toBeGreaterThan(0);
    for (const a of work) expect(a.finish <= "2025-09-01").toBe(true);
    expect(plan.decisions[0]!.explanation).toContain("all work finishes before 2025-09-01");
  });

  it("too little time before it takes effect: no plan, and the reason is the dated rule", () => {
    const plan = planRoadmap(dated({ effectiveFrom: "2025-03-01" }), {}, FAST);
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toBe(
      '"Transfer technology: N25" must finish before 2025-03-01, when rule wa-3e takes effect for p1/tt, but cannot finish before 2025-07-16',
    );
    expect(plan.activities).toEqual([]);
  });

  it("a repealed prohibition: the work starts on or after its end", () => {
    const plan = planRoadmap(dated({ effectiveUntil: "2026-02-01" }), {}, FAST);
    expect(plan.status).toMatch(/^(optimal|feasible)$/);
    const first = plan.activities.find((a) => a.id === "chip:N25:negotiate")!;
    expect(first.start >= "2026-02-01").toBe(true);
  });

  it("a timed prohibition on one partner lets the planner pick the other when it is better", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.partners![1]!.regimes = ["wassenaar"];
        s.rules = { exportControls: [{ ...PROHIBIT_3E, effectiveUntil: "2027-01-01" }] };
      }),
      {},
      FAST,
    );
    // Both partners are bound until 2027: the work waits for the repeal whichever is chosen.
    expect(plan.activities.find((a) => a.kind === "negotiate")!.start >= "2027-01-01").toBe(true);
  });
});
