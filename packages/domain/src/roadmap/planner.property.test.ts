import { validate } from "@chiproad/scheduler";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeGaps } from "../gaps/index.ts";
import { assessOptions } from "../partners/index.ts";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { planFromAssessments } from "./planner.ts";
import { withOptionAlignment } from "./translate.ts";
import { FAST } from "./testing/fixtures.ts";

const workPackage = fc.record({
  duration: fc.integer({ min: 0, max: 12 }),
  cost: fc.integer({ min: 0, max: 500 }),
  engineers: fc.integer({ min: 0, max: 6 }),
  cleanroom: fc.integer({ min: 0, max: 300 }),
});

/** Random small programmes: 1–3 partners, two models with random packages, engineers, cleanroom, tranches, licences. */
const scenarioArb = fc.record({
  partners: fc.array(
    fc.record({ costFactor: fc.double({ min: 0.5, max: 2, noNaN: true }), licence: fc.boolean() }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  tt: fc.array(workPackage, { minLength: 4, maxLength: 4 }),
  jv: fc.array(workPackage, { minLength: 4, maxLength: 4 }),
  initialEngineers: fc.integer({ min: 0, max: 8 }),
  cohort: fc.record({ size: fc.integer({ min: 1, max: 6 }), duration: fc.integer({ min: 1, max: 20 }) }),
  area: fc.integer({ min: 0, max: 400 }),
  tranches: fc.array(
    fc.record({ week: fc.integer({ min: 0, max: 60 }), amount: fc.integer({ min: 0, max: 3000 }) }),
    {
      maxLength: 3,
    },
  ),
  licenceDays: fc.integer({ min: 0, max: 120 }),
  inputs: fc.constantFrom(["N25"], ["N25", "N35"]),
});

type Params = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(p: Params) {
  const kinds = ["negotiate", "transfer", "train", "production"] as const;
  const kindsJv = ["negotiate", "setup-company", "qualify", "production"] as const;
  return minimalScenario((s: ScenarioInput) => {
    s.targets![0]!.inputs = p.inputs.map((input) => ({ input }));
    s.domestic!.capabilities = p.inputs.map((input) => ({ input, node: 180, capacity: 500 }));
    s.partners = p.partners.map((x, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      country: "CHN",
      regimes: x.licence ? ["lic"] : [],
      offers: p.inputs.map((input) => ({ input, node: 28, capacity: 1000, costFactor: x.costFactor })),
    }));
    s.models = [
      {
        id: "tt",
        type: "technology-transfer",
        name: "TT",
        localization: 0.9,
        transfers: ["3E"],
        workPackages: p.tt.map((w, i) => ({ ...w, kind: kinds[i]! })),
      },
      {
        id: "jv",
        type: "joint-venture",
        name: "JV",
        localization: 0.7,
        workPackages: p.jv.map((w, i) => ({ ...w, kind: kindsJv[i]! })),
      },
    ];
    s.workforce = {
      pools: [{ id: "eng", name: "Engineers", initial: p.initialEngineers }],
      training: [
        { id: "acad", pool: "eng", cohortSize: p.cohort.size, duration: p.cohort.duration, capacity: 1 },
      ],
    };
    s.facilities = [
      {
        id: "fab",
        name: "Fab",
        capacity: [
          { from: "2025-01-01", area: p.area },
          { from: "2026-01-01", area: 400 },
        ],
      },
    ];
    if (p.tranches.length > 0) {
      s.funds = {
        instruments: [
          {
            id: "f",
            kind: "grant",
            name: "Fund",
            tranches: p.tranches.map((t) => ({
              date: new Date(Date.UTC(2025, 0, 1 + 7 * t.week)).toISOString().slice(0, 10),
              amount: t.amount,
            })),
          },
        ],
      };
    }
    s.rules = {
      exportControls: [
        {
          id: "lic",
          regime: "lic",
          categories: ["3E"],
          destinations: ["RUS"],
          requirement: "licence",
          licenceDelayDays: p.licenceDays,
          citation: "c",
          text: "t",
        },
      ],
    };
  });
}

describe("planner properties", () => {
  it("every roadmap it returns passes the engine's validator, keeps one option per gap, stays within funds, and its critical path ends at its completion", () => {
    const statuses: string[] = [];
    fc.assert(
      fc.property(scenarioArb, (p) => {
        const scenario = build(p);
        const gaps = analyzeGaps(scenario, {}).gaps;
        const run = planFromAssessments(scenario, gaps, assessOptions(scenario, {}), {
          ...FAST,
          maxSchedules: 150,
          explainSchedules: 20,
        });
        statuses.push(run.plan.status);
        if (run.plan.status === "infeasible" || run.plan.status === "unknown") {
          expect(run.plan.reason).toBeTruthy();
          expect(run.plan.completion.date).toBeNull();
          return;
        }
        expect(validate(withOptionAlignment(run.translation), run.best!.schedule!)).toEqual([]);
        // The critical path: real activities only, in time order, ending at the reported completion.
        const byId = new Map(run.plan.activities.map((a) => [a.id, a]));
        const path = run.plan.criticalPath.map((id) => byId.get(id)!);
        expect(path.every(Boolean)).toBe(true);
        expect(path.at(-1)!.finish).toBe(run.plan.completion.date);
        for (let i = 1; i < path.length; i++) expect(path[i - 1]!.start <= path[i]!.start).toBe(true);
        expect(run.plan.stats.earliestCompletionDate <= run.plan.completion.date!).toBe(true);
        for (const gap of run.plan.decisions) {
          const chain = run.plan.activities.filter((a) => a.gapId === gap.gapId);
          expect(chain.every((a) => a.partner === gap.partner && a.model === gap.model)).toBe(true);
        }
        if (p.tranches.length > 0) {
          for (const b of run.plan.budget)
            expect(b.cumulativeSpend).toBeLessThanOrEqual(b.cumulativeAvailable);
        }
        for (const w of run.plan.workforce) expect(w.required).toBeLessThanOrEqual(w.available);
      }),
      { numRuns: 40, seed: 20251123 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(statuses.filter((s) => s === "feasible" || s === "optimal").length).toBeGreaterThan(10);
    expect(statuses).toContain("infeasible");
  });
});
