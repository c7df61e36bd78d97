import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenarioInput } from "../scenario/minimal.ts";
import { parseScenario } from "../scenario/parse.ts";
import { stringify } from "yaml";
import { addDays, daysBetween } from "./calendar.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

type Actual = NonNullable<NonNullable<ScenarioInput["actuals"]>["activities"]>[number];

const START = "2025-01-01";
const week = (w: number) => addDays(START, 7 * w);

/** Two gaps (N25: negotiate 8 → transfer 20; N30: negotiate 2 → transfer 5), engineers shared. */
function programme(edit?: (s: ScenarioInput) => void): ScenarioInput {
  const s = minimalScenarioInput();
  s.targets[0]!.inputs.push({ input: "N30" });
  s.partners![0]!.offers![0]!.models = ["tt"];
  s.partners![0]!.offers!.push({ input: "N30", node: 28, capacity: 1000, firm: "p1f", models: ["lic"] });
  s.models![0]!.workPackages = [
    { kind: "negotiate", duration: 8, cost: 100, engineers: 2 },
    { kind: "transfer", duration: 20, cost: 1000, engineers: 4 },
  ];
  s.models!.push({
    id: "lic",
    type: "licensing",
    name: "Licence",
    workPackages: [
      { kind: "negotiate", duration: 2, cost: 10, engineers: 2 },
      { kind: "transfer", duration: 5, cost: 50, engineers: 4 },
    ],
    localization: 0.5,
  });
  s.workforce = { pools: [{ id: "eng", name: "Engineers", initial: 6 }] };
  s.funds = {
    instruments: [
      {
        id: "budget",
        kind: "budget",
        name: "Budget",
        tranches: [
          { date: START, amount: 600 },
          { date: week(20), amount: 600 },
        ],
      },
    ],
  };
  edit?.(s);
  return s;
}

const chains = [
  ["chip:N25:negotiate", "chip:N25:transfer"],
  ["chip:N30:negotiate", "chip:N30:transfer"],
] as const;
const planned = {
  "chip:N25:negotiate": 8,
  "chip:N25:transfer": 20,
  "chip:N30:negotiate": 2,
  "chip:N30:transfer": 5,
};

/**
 * A history that could have happened: each chain runs its packages back to back from a random
 * start, each taking its planned weeks plus a random overrun; at the data date a package is
 * finished, in progress with a random percent complete, or not started.
 */
const historyArb = fc.record({
  asOf: fc.integer({ min: 1, max: 40 }),
  chainStart: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }),
  overrun: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
  percent: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 4 }),
});

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

function actualsOf(h: History) {
  const out: Actual[] = [];
  chains.forEach((chain, c) => {
    let at = h.chainStart[c]!;
    chain.forEach((id, k) => {
      const n = c * 2 + k;
      const finish = at + planned[id] + h.overrun[n]!;
      if (at >= h.asOf) return;
      if (finish <= h.asOf) out.push({ activity: id, actualStart: week(at), actualFinish: week(finish) });
      else out.push({ activity: id, actualStart: week(at), percentComplete: h.percent[n]! });
      at = finish;
    });
  });
  return out;
}

describe("re-planning from actuals (property)", () => {
  it("keeps every recorded date, continues work in progress, starts nothing else before the data date", () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const activities = actualsOf(h);
        // The history must be a valid scenario: the parser checks the precedences.
        const input = programme((s) => {
          s.actuals = { asOf: week(h.asOf), activities };
        });
        const parsed = parseScenario(stringify(input), "s.yaml");
        if (!parsed.ok) expect(parsed.issues).toEqual([]);
        const plan = planRoadmap(parsedScenario(parsed), {}, FAST);
        expect(plan.status).toBe("feasible");
        const byId = new Map(plan.activities.map((a) => [a.id, a]));
        const recorded = new Set(activities.map((a) => a.activity));
        for (const a of activities) {
          const p = byId.get(a.activity)!;
          expect(p.start).toBe(a.actualStart);
          if (a.actualFinish !== undefined) expect(p.finish).toBe(a.actualFinish);
          else expect(p.finish >= week(h.asOf)).toBe(true);
        }
        for (const p of plan.activities)
          if (!recorded.has(p.id) && p.kind !== "target")
            expect(daysBetween(week(h.asOf), p.start) >= 0).toBe(true);
        expect(plan.financing.cashBalance.every((m) => m.balance >= 0)).toBe(true);
        expect(plan.financing.cashBalance.length).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

function parsedScenario(r: ReturnType<typeof parseScenario>) {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.scenario;
}
