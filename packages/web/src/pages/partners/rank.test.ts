import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionOf } from "../../api/analysis-fixture.ts";
import type { PartnerOption } from "../../api/types.ts";
import { criteriaOf, rankOptions, rescore } from "./rank.ts";

const option = (partnerId: string, lawful: boolean, criteria: Record<string, number>): PartnerOption =>
  optionOf({ gapId: "g1", partnerId, modelId: "jv", lawful, score: 0.5, criteria });

describe("live re-ranking of partner options", () => {
  it("re-ranks when a weight moves: cost-heavy weights favour the cheap partner", () => {
    const fast = option("KOR", true, { leadTime: 1, cost: 0 });
    const cheap = option("IND", true, { leadTime: 0, cost: 1 });
    expect(rankOptions([fast, cheap], { leadTime: 1, cost: 0.1 })[0]?.partnerId).toBe("KOR");
    expect(rankOptions([fast, cheap], { leadTime: 0.1, cost: 1 })[0]?.partnerId).toBe("IND");
  });

  it("never ranks an unlawful option, whatever its criteria", () => {
    const unlawful = option("X", false, { coverage: 1 });
    const lawful = option("Y", true, { coverage: 0 });
    const ranked = rankOptions([unlawful, lawful], { coverage: 1 });
    expect(ranked.map((o) => [o.partnerId, o.rank, o.liveScore])).toEqual([
      ["Y", 1, 0],
      ["X", null, 0],
    ]);
  });

  it("recovers the criteria from a breakdown of weight share × criterion", () => {
    const weights = { coverage: 3, cost: 1 };
    const fromBreakdown: PartnerOption = {
      ...option("Z", true, {}),
      scoreBreakdown: { coverage: 0.75 * 0.8, cost: 0.25 * 0.4 },
    };
    const criteria = criteriaOf(fromBreakdown, weights);
    expect(criteria?.coverage).toBeCloseTo(0.8);
    expect(criteria?.cost).toBeCloseTo(0.4);
    expect(rescore(fromBreakdown, weights)).toBeCloseTo(0.7);
  });

  it("keeps the server score when there is nothing to recompute from", () => {
    expect(rescore({ ...option("Z", true, {}), score: 0.42 }, { coverage: 1 })).toBe(0.42);
  });

  it("reproduces the server score under the report's own weights and stays within the criteria range", () => {
    const criteria = fc.dictionary(
      fc.constantFrom("coverage", "cost", "risk"),
      fc.double({ min: 0, max: 1, noNaN: true }),
      {
        minKeys: 1,
      },
    );
    const weights = fc.dictionary(
      fc.constantFrom("coverage", "cost", "risk"),
      fc.double({ min: 0, max: 5, noNaN: true }),
    );
    fc.assert(
      fc.property(criteria, weights, (c, w) => {
        const s = rescore(option("P", true, c), w);
        expect(s).toBeGreaterThanOrEqual(-1e-12);
        expect(s).toBeLessThanOrEqual(Math.max(...Object.values(c)) + 1e-9);
      }),
    );
  });
});
