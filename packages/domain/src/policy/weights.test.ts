import { describe, expect, it } from "vitest";
import { parseWeightList } from "./weights.ts";

describe("the one weight syntax", () => {
  it("reads criterion=value pairs, spaces allowed, empty text = no overrides", () => {
    expect(parseWeightList("cost=0.3, risk = 0.2")).toEqual({ ok: true, weights: { cost: 0.3, risk: 0.2 } });
    expect(parseWeightList(undefined)).toEqual({ ok: true, weights: {} });
    expect(parseWeightList("  ")).toEqual({ ok: true, weights: {} });
  });

  it("names the first bad pair and what would fix it", () => {
    const cases: [string, string, string][] = [
      ["cost:0.3", "cost:0.3", "is not criterion=value"],
      ["cost=0.3,speed=1", "speed=1", 'unknown criterion "speed"'],
      ["cost=-1", "cost=-1", "non-negative number"],
      ["cost=", "cost=", "non-negative number"],
      ["cost=1=2", "cost=1=2", "is not criterion=value"],
    ];
    for (const [text, pair, says] of cases) {
      const r = parseWeightList(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.pair).toBe(pair);
        expect(r.message).toContain(says);
        expect(r.message).toContain(`"${pair}"`);
      }
    }
  });
});
