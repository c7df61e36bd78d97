import { describe, expect, it } from "vitest";
import { daysBetween } from "./calendar.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST, PROHIBIT_3E, twoPartnerScenario } from "./testing/fixtures.ts";
import { minimalScenario } from "../scenario/minimal.ts";

const activity = (plan: ReturnType<typeof planRoadmap>, id: string) => {
  const a = plan.activities.find((x) => x.id === id);
  if (!a) throw new Error(`no activity ${id} in ${plan.activities.map((x) => x.id).join(", ")}`);
  return a;
};

describe("planRoadmap: hard rules, each in the smallest scenario where it binds", () => {
  it("never schedules an unlawful option and lists it as rejected with its rule", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.rules = { exportControls: [PROHIBIT_3E] };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("feasible");
    expect(plan.activities.filter((a) => a.partner !== null).every((a) => a.partner === "p2")).toBe(true);
    expect(plan.rejected).toEqual([
      expect.objectContaining({ partner: "p1", model: "tt", rule: "wa-3e", gapId: "chip:N25" }),
    ]);
    const alt = plan.decisions[0]!.alternatives.find((a) => a.partner === "p1");
    expect(alt).toMatchObject({ outcome: "unlawful", rule: "wa-3e" });
  });

  it("reports infeasible, naming the gap, when every option of a gap is unlawful", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.rules = { exportControls: [PROHIBIT_3E] };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toMatch(/chip:N25.*no lawful option/);
  });

  it("lengthens the chain by the licence processing time", () => {
    const free = planRoadmap(minimalScenario(), {}, FAST);
    const licensed = planRoadmap(
      minimalScenario((s) => {
        s.rules = { exportControls: [{ ...PROHIBIT_3E, requirement: "licence", licenceDelayDays: 70 }] };
      }),
      {},
      FAST,
    );
    expect(licensed.status).toBe("feasible");
    expect(daysBetween(free.completion.date!, licensed.completion.date!)).toBe(70);
    expect(licensed.decisions[0]!.explanation).toMatch(/licence \(70 days processing/);
  });

  it("does not start spending before the first fund tranche arrives", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.funds = {
          instruments: [
            { id: "frp", kind: "grant", name: "Fund", tranches: [{ date: "2025-06-04", amount: 10_000 }] },
          ],
        };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("feasible");
    expect(activity(plan, "chip:N25:negotiate").start).toBe("2025-06-04");
    expect(activity(plan, "chip:N25:negotiate").explanation).toMatch(/waits \d+ days for funds/);
    const last = plan.budget.at(-1)!;
    expect(last.cumulativeSpend).toBeLessThanOrEqual(last.cumulativeAvailable);
  });

  it("waits for the training cohort when the engineer pool is empty", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.workforce = {
          pools: [{ id: "eng", name: "Process engineers", initial: 0 }],
          training: [
            { id: "academy", pool: "eng", cohortSize: 10, duration: 30, capacity: 1, maxCohorts: 1 },
          ],
        };
        s.models![0]!.workPackages[1] = { kind: "transfer", duration: 20, cost: 1000, engineers: 10 };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("feasible");
    // Cohort of 30 weeks from 2025-01-01 finishes 2025-07-30; negotiation alone would end 2025-02-26.
    expect(activity(plan, "chip:N25:transfer").start).toBe("2025-07-30");
    expect(activity(plan, "chip:N25:transfer").explanation).toMatch(/waits 154 days for engineers:eng/);
    expect(plan.workforce.find((w) => w.date === "2025-07-30")).toMatchObject({
      required: 10,
      available: 10,
    });
  });

  it("waits for cleanroom area that only exists from a later date", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.facilities = [
          {
            id: "fab1",
            name: "Fab 1",
            capacity: [
              { from: "2025-01-01", area: 50 },
              { from: "2025-09-03", area: 500 },
            ],
          },
        ];
        s.models![0]!.workPackages[1] = { kind: "transfer", duration: 20, cost: 1000, cleanroom: 200 };
      }),
      {},
      FAST,
    );
    expect(activity(plan, "chip:N25:transfer").start).toBe("2025-09-03");
    expect(activity(plan, "chip:N25:transfer").explanation).toMatch(/cleanroom:fab1/);
    expect(plan.cleanroom.some((c) => c.required === 200 && c.available === 500)).toBe(true);
  });

  it("is infeasible with the reason when a target's deadline cannot be met", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets![0]!.deadline = "2025-03-01";
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toMatch(/deadline/i);
    expect(plan.activities).toEqual([]);
  });
});

describe("planRoadmap: horizon and dates", () => {
  it("is infeasible, with the proof in dates, when volume production cannot start within the planning horizon", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.program!.horizon = 20;
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toBe(
      "the planning horizon ends on 2025-05-21, before the earliest possible start of volume production 2025-07-16; extend program.horizon",
    );
    expect(plan.completion.date).toBeNull();
    expect(plan.targets[0]!.productionStart).toBeNull();
  });

  it("counts lateness in days from the due date itself, even one before the programme start", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets![0]!.dueDate = "2024-12-01";
      }),
      {},
      FAST,
    );
    expect(plan.targets[0]).toMatchObject({ productionStart: "2025-07-16", lateDays: 227 });
  });
});

describe("planRoadmap: explanations compare forced alternatives", () => {
  it("prefers the cheaper of two equally fast partners and says by how much the other costs more", () => {
    const plan = planRoadmap(twoPartnerScenario(), {}, FAST);
    expect(plan.decisions[0]).toMatchObject({ partner: "p2", model: "tt" });
    const alt = plan.decisions[0]!.alternatives[0]!;
    expect(alt).toMatchObject({ partner: "p1", outcome: "costlier", deltaDays: 0, deltaCost: 220 });
    expect(alt.reason).toBe("same dates, costs 220 RUB more");
  });

  it("prefers the faster partner and says how many days later the other would finish", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.rules = { exportControls: [{ ...PROHIBIT_3E, requirement: "licence", licenceDelayDays: 28 }] };
        s.targets![0]!.dueDate = "2025-01-01";
      }),
      {},
      FAST,
    );
    expect(plan.decisions[0]!.partner).toBe("p2");
    const alt = plan.decisions[0]!.alternatives[0]!;
    expect(alt.outcome).toBe("later");
    expect(alt.reason).toMatch(/licence wait take 28 days longer/);
  });

  it("marks an alternative infeasible, with the engine's reason, when forcing it breaks a deadline", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.rules = { exportControls: [{ ...PROHIBIT_3E, requirement: "licence", licenceDelayDays: 140 }] };
        s.targets![0]!.deadline = "2025-08-01";
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("feasible");
    const alt = plan.decisions[0]!.alternatives[0]!;
    expect(alt).toMatchObject({ partner: "p1", outcome: "infeasible" });
    expect(alt.reason).toMatch(/^no feasible plan with this option: .*deadline/i);
  });

  it("keeps one partner and model along a gap's whole chain", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.models!.push({
          id: "jv",
          type: "joint-venture",
          name: "Joint venture",
          workPackages: [
            { kind: "negotiate", duration: 4, cost: 50 },
            { kind: "setup-company", duration: 10, cost: 300 },
            { kind: "transfer", duration: 10, cost: 500 },
            { kind: "production", duration: 10, cost: 500 },
          ],
          localization: 0.7,
        });
      }),
      {},
      FAST,
    );
    const chain = plan.activities.filter((a) => a.gapId === "chip:N25");
    expect(new Set(chain.map((a) => `${a.partner}/${a.model}`)).size).toBe(1);
    expect(plan.decisions[0]!.alternatives).toHaveLength(3);
  });
});
