import type { MarketReport } from "@chiproad/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import type { ScenarioInput, ScoringWeights } from "../scenario/schema.ts";
import { assessOptions } from "./assess.ts";
import { hhiAfterOption } from "./dependence.ts";
import { partnerFit } from "./fit.ts";
import { renderPartnerFitMarkdown } from "./markdown.ts";
import { CRITERIA } from "./score.ts";

/** Three partners and two models, so rankings and sensitivity have something to compare. */
function market(s: ScenarioInput) {
  const base = s.partners?.[0];
  if (!base) return;
  s.partners = [
    base,
    {
      id: "p2",
      name: "Partner Two",
      country: "IND",
      offers: [{ input: "N25", node: 65, capacity: 600, costFactor: 0.6 }],
      unavailableProbability: 0.1,
    },
    {
      id: "p3",
      name: "Partner Three",
      country: "MYS",
      offers: [{ input: "N25", node: 90, capacity: 2000, costFactor: 1.4 }],
    },
  ];
  s.models?.push({
    id: "buy",
    type: "purchase",
    name: "Purchase",
    workPackages: [{ kind: "negotiate", duration: 4, cost: 50 }],
    localization: 0,
  });
}

describe("assessOptions", () => {
  it("lists every gap × offering partner × model, with criteria in [0, 1]", () => {
    const options = assessOptions(minimalScenario(market), {});
    expect(options.map((o) => `${o.partnerId}/${o.modelId}`)).toEqual([
      "p1/tt",
      "p1/buy",
      "p2/tt",
      "p2/buy",
      "p3/tt",
      "p3/buy",
    ]);
    for (const o of options) {
      for (const k of CRITERIA) expect(o.criteria[k]).toBeGreaterThanOrEqual(0);
      for (const k of CRITERIA) expect(o.criteria[k]).toBeLessThanOrEqual(1);
      expect(Object.values(o.scoreBreakdown).reduce((a, b) => a + b, 0)).toBeCloseTo(o.score, 9);
    }
  });

  it("skips models the partner's offer does not accept", () => {
    const options = assessOptions(
      minimalScenario((s) => {
        market(s);
        const offer = s.partners?.[0]?.offers?.[0];
        if (offer) offer.models = ["buy"];
      }),
      {},
    );
    expect(options.filter((o) => o.partnerId === "p1").map((o) => o.modelId)).toEqual(["buy"]);
  });

  it("leaves out an offer that closes no part of the gap (no better than the domestic node)", () => {
    const options = assessOptions(
      minimalScenario((s) => {
        const offer = s.partners?.[0]?.offers?.[0];
        if (offer) offer.node = 180;
      }),
      {},
    );
    expect(options).toEqual([]);
    const fit = partnerFit(
      minimalScenario((s) => {
        const offer = s.partners?.[0]?.offers?.[0];
        if (offer) offer.node = 180;
      }),
      {},
    );
    expect(fit.ranking[0]?.explanation).toBe(
      "No partner offer closes any part of this gap: no option to assess.",
    );
  });

  it("scales duration and cost with the node steps to close", () => {
    const [o] = assessOptions(
      minimalScenario((s) => {
        const m = s.models?.[0];
        if (m) {
          m.durationPerNodeStep = 0.5;
          m.costPerNodeStep = 0.25;
        }
      }),
      {},
    );
    // 180 → 90 nm is two steps: 28 weeks × 2 = 56 weeks; 1,100 × 1.5.
    expect(o).toMatchObject({ nodeSteps: 2, leadTimePeriods: 56, leadTimeDays: 392, cost: 1650 });
  });

  it("measures partial coverage for an offer that does not reach the required node", () => {
    const [o] = assessOptions(
      minimalScenario((s) => {
        const offer = s.partners?.[0]?.offers?.[0];
        if (offer) offer.node = 130;
      }),
      {},
    );
    expect(o?.coverage).toBeCloseTo(0.5, 9); // one of the two steps from 180 to 90 nm
  });

  it("estimates HHI before and after from the programme country's import market", () => {
    const report = {
      importer: "RUS",
      hs: "8542",
      years: [
        {
          year: 2022,
          total: 100,
          suppliers: [
            { partner: "CHN", valueUsd: 50, share: 0.5 },
            { partner: "KOR", valueUsd: 50, share: 0.5 },
          ],
          hhi: 5000,
          effectiveSuppliers: 2,
        },
      ],
      fastestGrowing: [],
      source: "test",
      dataDate: "2022",
    } as unknown as MarketReport;
    const options = assessOptions(minimalScenario(market), { market: report });
    const buyChina = options.find((o) => o.partnerId === "p1" && o.modelId === "buy");
    const ttChina = options.find((o) => o.partnerId === "p1" && o.modelId === "tt");
    expect(buyChina).toMatchObject({ hhiBefore: 5000, dependenceBasis: "market" });
    expect(buyChina?.hhiAfter).toBeGreaterThan(5000); // buying moves supply towards CHN
    expect(ttChina?.hhiAfter ?? 0).toBeLessThan(buyChina?.hhiAfter ?? 0);
  });
});

describe("partnerFit", () => {
  it("ranks lawful options per gap and lists unlawful ones with their rule", () => {
    const scenario = minimalScenario((s) => {
      market(s);
      s.rules = {
        exportControls: [
          {
            id: "no-3e",
            regime: "wassenaar",
            categories: ["3E"],
            destinations: ["RUS"],
            requirement: "prohibited",
            citation: "test",
            text: "No technology.",
          },
        ],
      };
    });
    const fit = partnerFit(scenario, {});
    const [ranking] = fit.ranking;
    expect(ranking?.unlawful).toEqual([
      expect.objectContaining({ partnerId: "p1", modelId: "tt", rule: "no-3e" }),
    ]);
    expect(ranking?.ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const scores = ranking?.ranked.map((r) => r.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(renderPartnerFitMarkdown(fit)).toContain("rule `no-3e`");
  });

  it("applies weight overrides and reports them", () => {
    const fit = partnerFit(minimalScenario(market), {}, { weights: { cost: 5, coverage: 0 } });
    expect(fit.weights).toMatchObject({ cost: 5, coverage: 0, leadTime: 0.2 });
    const top = fit.ranking[0]?.ranked[0];
    expect(top?.partnerId).toBe("p2"); // the cheapest offer wins when cost dominates and coverage is ignored
  });

  it("sensitivity: moving one weight by deltaToChangeTop (and a little more) changes the top choice (property)", () => {
    const scenario = minimalScenario(market);
    const base = partnerFit(scenario, {});
    const topOf = (weights: ScoringWeights) => {
      const r = partnerFit(scenario, {}, { weights }).ranking[0]?.ranked[0];
      return `${r?.partnerId}/${r?.modelId}`;
    };
    const before = topOf(base.weights);
    const rows = base.sensitivity.filter((s) => s.deltaToChangeTop !== null);
    expect(rows.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...rows), (row) => {
        const delta = row.deltaToChangeTop ?? 0;
        const step = delta + Math.sign(delta) * 1e-6;
        const moved = { ...base.weights, [row.weight]: base.weights[row.weight] + step };
        expect(topOf(moved)).toBe(`${row.newTop?.partnerId}/${row.newTop?.modelId}`);
        // Just short of the threshold the top choice is unchanged.
        const short = { ...base.weights, [row.weight]: base.weights[row.weight] + delta * 0.999 };
        expect(topOf(short)).toBe(before);
      }),
    );
  });
});

describe("hhiAfterOption", () => {
  it("raises concentration when buying from the largest supplier and lowers it when localizing", () => {
    const current = {
      basis: "market" as const,
      shares: new Map([
        ["CHN", 0.6],
        ["KOR", 0.4],
      ]),
    };
    const buy = hhiAfterOption(current, ["CHN"], 0.1, 0, "RUS");
    const localize = hhiAfterOption(current, ["CHN"], 0.1, 1, "RUS");
    expect(buy.before).toBeCloseTo(5200, 6);
    expect(buy.after).toBeCloseTo((0.64 ** 2 + 0.36 ** 2) * 10_000, 6);
    expect(localize.after).toBeCloseTo((0.54 ** 2 + 0.36 ** 2 + 0.1 ** 2) * 10_000, 6);
    expect(localize.after).toBeLessThan(buy.before);
  });
});
