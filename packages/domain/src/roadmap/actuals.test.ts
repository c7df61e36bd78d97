import { ChiproadError } from "@chiproad/data";
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { addDays, daysBetween } from "./calendar.ts";
import type { Plan } from "./plan.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST, twoPartnerScenario } from "./testing/fixtures.ts";

type Actuals = NonNullable<ScenarioInput["actuals"]>;

/**
 * Two gaps of one target, no resources: N25 by technology transfer (negotiate 8 weeks → transfer
 * 20 weeks: the critical chain) and N30 by licensing (negotiate 2 → transfer 5: 21 weeks of float).
 * The programme starts on Wednesday 2025-01-01; week w starts on day 7w.
 */
function twoGaps(actuals?: Actuals) {
  return minimalScenario((s) => {
    s.targets[0]!.inputs.push({ input: "N30" });
    const p = s.partners![0]!;
    p.offers![0]!.models = ["tt"];
    p.offers!.push({ input: "N30", node: 28, capacity: 1000, firm: "p1f", models: ["lic"] });
    s.models!.push({
      id: "lic",
      type: "licensing",
      name: "Licence",
      workPackages: [
        { kind: "negotiate", duration: 2, cost: 10 },
        { kind: "transfer", duration: 5, cost: 50 },
      ],
      localization: 0.5,
    });
    if (actuals) s.actuals = actuals;
  });
}

const week = (w: number) => addDays("2025-01-01", 7 * w);
const completionSlip = (baseline: Plan, forecast: Plan) =>
  daysBetween(baseline.completion.date!, forecast.completion.date!);
const activity = (plan: Plan, id: string) => plan.activities.find((a) => a.id === id)!;

describe("re-planning from actuals", () => {
  const baseline = planRoadmap(twoGaps(), {}, FAST);

  it("plans the baseline the test reasons about: completion after 28 weeks", () => {
    expect(baseline.completion.date).toBe(week(28));
    expect(baseline.criticalPath).toEqual(["chip:N25:negotiate", "chip:N25:transfer", "target:chip"]);
  });

  it("moves the forecast by exactly the slip of a late first activity on the critical path", () => {
    const forecast = planRoadmap(
      twoGaps({
        asOf: week(11),
        activities: [{ activity: "chip:N25:negotiate", actualStart: week(0), actualFinish: week(11) }],
      }),
      {},
      FAST,
    );
    expect(activity(forecast, "chip:N25:negotiate")).toMatchObject({ start: week(0), finish: week(11) });
    expect(activity(forecast, "chip:N25:transfer")).toMatchObject({ start: week(11), finish: week(31) });
    expect(completionSlip(baseline, forecast)).toBe(21);
    expect(activity(forecast, "chip:N25:negotiate").explanation).toContain(
      "finished, as recorded in the actuals (2025-01-01 – 2025-03-19)",
    );
    expect(activity(forecast, "chip:N25:transfer").explanation).toContain(
      "not started by the data date 2025-03-19, so it starts no earlier",
    );
    expect(activity(forecast, "chip:N25:negotiate").progress).toEqual({
      status: "finished",
      percentComplete: 100,
      spent: 0,
    });
  });

  it("does not move the forecast when float absorbs the slip of a late first activity", () => {
    const forecast = planRoadmap(
      twoGaps({
        asOf: week(5),
        activities: [
          { activity: "chip:N25:negotiate", actualStart: week(0), percentComplete: 62.5 },
          { activity: "chip:N30:negotiate", actualStart: week(0), actualFinish: week(5) },
        ],
      }),
      {},
      FAST,
    );
    expect(activity(forecast, "chip:N30:negotiate")).toMatchObject({ start: week(0), finish: week(5) });
    expect(completionSlip(baseline, forecast)).toBe(0);
  });

  it("continues work in progress for what its percent complete leaves, from the data date", () => {
    const at = (pct: number) =>
      planRoadmap(
        twoGaps({
          asOf: week(18),
          activities: [
            { activity: "chip:N25:negotiate", actualStart: week(0), actualFinish: week(8), spent: 90 },
            { activity: "chip:N25:transfer", actualStart: week(8), percentComplete: pct, spent: 400 },
            { activity: "chip:N30:negotiate", actualStart: week(0), actualFinish: week(2) },
            { activity: "chip:N30:transfer", actualStart: week(2), actualFinish: week(7) },
          ],
        }),
        {},
        FAST,
      );
    // On track: half of 20 weeks done after 10 weeks, 10 left.
    expect(activity(at(50), "chip:N25:transfer")).toMatchObject({ start: week(8), finish: week(28) });
    // A quarter done: 15 weeks left from week 18.
    const behind = at(25);
    expect(activity(behind, "chip:N25:transfer")).toMatchObject({ start: week(8), finish: week(33) });
    expect(activity(behind, "chip:N25:transfer").explanation).toContain(
      "in progress, as recorded in the actuals (25% done on 2025-05-07)",
    );
    expect(completionSlip(baseline, behind)).toBe(35);
    // Cost: what was spent, plus the planned cost of the part not done (1,000 × 75%).
    expect(activity(behind, "chip:N25:negotiate").cost).toBe(90);
    expect(activity(behind, "chip:N25:transfer").cost).toBe(400 + 750);
  });

  it("starts nothing that has not started before the data date", () => {
    const forecast = planRoadmap(twoGaps({ asOf: week(4), activities: [] }), {}, FAST);
    expect(activity(forecast, "chip:N25:negotiate").start).toBe(week(4));
    expect(completionSlip(baseline, forecast)).toBe(28);
  });

  it("refuses actuals for work the plan does not have (an input covered at home)", () => {
    const covered = () =>
      planRoadmap(
        minimalScenario((s) => {
          s.domestic!.capabilities![0]!.node = 28;
          s.domestic!.capabilities![0]!.capacity = 5000;
          s.actuals = {
            asOf: week(2),
            activities: [{ activity: "chip:N25:negotiate", actualStart: week(0), percentComplete: 10 }],
          };
        }),
        {},
        FAST,
      );
    expect(covered).toThrow(ChiproadError);
    expect(covered).toThrow(
      'actuals.activities[0].activity: "chip:N25:negotiate" belongs to chip:N25, which is not a gap of this programme (the input is covered)',
    );
  });

  it("keeps the option recorded for started work, though another is now cheaper", () => {
    const recorded = (partner: string) =>
      planRoadmap(
        twoPartnerScenario((s) => {
          s.actuals = {
            asOf: week(4),
            activities: [
              {
                activity: "chip:N25:negotiate",
                actualStart: week(0),
                percentComplete: 50,
                partner,
                model: "tt",
              },
            ],
          };
        }),
        {},
        FAST,
      );
    // Unrecorded, the cheaper partner p2 wins; recorded with p1, the chain stays with p1.
    const free = planRoadmap(twoPartnerScenario(), {}, FAST);
    expect(free.decisions[0]).toMatchObject({ partner: "p2", model: "tt" });
    const plan = recorded("p1");
    expect(plan.decisions[0]).toMatchObject({ partner: "p1", model: "tt" });
    expect(activity(plan, "chip:N25:transfer").partner).toBe("p1");
    expect(() => recorded("p3")).toThrow(
      "actuals.activities[0].partner: p3/tt is not an option of gap chip:N25",
    );
  });

  it("moves the day a late building's cleanroom becomes available", () => {
    // The transfer needs 100 m² of a cleanroom built in 10 weeks from the start.
    const building = (actuals?: Actuals) =>
      planRoadmap(
        minimalScenario((s) => {
          s.facilities = [{ id: "fab1", name: "Fab", construction: { duration: 10, cost: 0, area: 500 } }];
          s.models![0]!.workPackages[1]!.cleanroom = 100;
          if (actuals) s.actuals = actuals;
        }),
        {},
        FAST,
      );
    const planned = building();
    expect(activity(planned, "chip:N25:transfer").start).toBe(week(10));
    // Half built after 6 weeks: 5 weeks left from the data date, so the area is there at week 11.
    const late = building({
      asOf: week(6),
      activities: [
        { activity: "construction:fab1", actualStart: week(0), percentComplete: 50 },
        { activity: "chip:N25:negotiate", actualStart: week(0), percentComplete: 75 },
      ],
    });
    expect(activity(late, "construction:fab1")).toMatchObject({ start: week(0), finish: week(11) });
    expect(activity(late, "chip:N25:transfer").start).toBe(week(11));
    expect(completionSlip(planned, late)).toBe(7);
  });

  it("holds back a disbursement gated on a milestone until the milestone's forecast finish", () => {
    // The transfer (1,000) is paid from a tranche that waits for a 10-week approval.
    const gated = (actuals?: Actuals) =>
      planRoadmap(
        minimalScenario((s) => {
          s.milestones = [{ id: "approval", name: "Credit approval", duration: 10 }];
          s.funds = {
            instruments: [
              {
                id: "budget",
                kind: "budget",
                name: "Budget",
                tranches: [
                  { date: "2025-01-01", amount: 100 },
                  { date: "2025-01-01", amount: 1_000, after: "approval" },
                ],
              },
            ],
          };
          if (actuals) s.actuals = actuals;
        }),
        {},
        FAST,
      );
    const planned = gated();
    expect(activity(planned, "chip:N25:transfer").start).toBe(week(10));
    // 30% of the approval after 6 weeks: 7 weeks left, so the money (and the transfer) at week 13.
    const late = gated({
      asOf: week(6),
      activities: [
        { activity: "milestone:approval", actualStart: week(0), percentComplete: 30 },
        { activity: "chip:N25:negotiate", actualStart: week(0), percentComplete: 75, spent: 75 },
      ],
    });
    expect(activity(late, "milestone:approval").finish).toBe(week(13));
    expect(activity(late, "chip:N25:transfer").start).toBe(week(13));
    expect(completionSlip(planned, late)).toBe(21);
    expect(late.financing.cashBalance.every((m) => m.balance >= 0)).toBe(true);
  });

  it("pays recorded spending from the funds and proves a record of more money than had arrived", () => {
    const funded = (spent: number) =>
      planRoadmap(
        minimalScenario((s) => {
          s.funds = {
            instruments: [
              {
                id: "b",
                kind: "budget",
                name: "Budget",
                tranches: [
                  { date: "2025-01-01", amount: 1_200 },
                  { date: "2025-12-01", amount: 5_000 },
                ],
              },
            ],
          };
          s.actuals = {
            asOf: week(12),
            activities: [
              { activity: "chip:N25:negotiate", actualStart: week(0), actualFinish: week(8), spent },
            ],
          };
        }),
        {},
        FAST,
      );
    // 160 spent on negotiating leaves 1,040 for the 1,000 transfer: it starts at the data date.
    const ok = funded(160);
    expect(ok.status).toBe("feasible");
    expect(activity(ok, "chip:N25:transfer").start).toBe(week(12));
    expect(ok.totalCost).toBe(1_160);
    expect(ok.financing.cashBalance.reduce((s, m) => s + m.spend, 0)).toBe(1_160);
    // 5,000 over 8 weeks is 625 a week: by the second week 1,250 of the 1,200 that had arrived.
    const over = funded(5_000);
    expect(over.status).toBe("infeasible");
    expect(over.reason).toContain(
      "the actuals record 1,250 RUB spent by 2025-01-08; with training and debt service that makes 1,250 RUB, but the funds provide only 1,200 RUB by then",
    );
  });

  it("re-plans a production line whose member's work follows the leader's recorded negotiation", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets[0]!.inputs.push({ input: "N35" });
        s.targets[0]!.lines = [{ id: "l", name: "Line", inputs: ["N25", "N35"] }];
        s.partners![0]!.offers!.push({ input: "N35", node: 28, capacity: 1000, firm: "p1f" });
        s.actuals = {
          asOf: week(12),
          activities: [
            { activity: "chip:N25:negotiate", actualStart: week(0), actualFinish: week(9) },
            { activity: "chip:N35:transfer", actualStart: week(9), percentComplete: 10 },
          ],
        };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("feasible");
    // 10% of 20 weeks done by week 12 leaves 18: the member's transfer runs from week 9 to week 30.
    expect(activity(plan, "chip:N35:transfer")).toMatchObject({ start: week(9), finish: week(30) });
    expect(activity(plan, "chip:N25:transfer").start).toBe(week(12));
  });
});
