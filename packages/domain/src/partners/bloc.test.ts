import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST } from "../roadmap/testing/fixtures.ts";
import { minimalScenario, minimalScenarioInput } from "../scenario/minimal.ts";
import { parseScenario } from "../scenario/parse.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { hhiAfterOption } from "./dependence.ts";

function euPartner(s: ScenarioInput) {
  s.rules = { countryGroups: [{ id: "EU", name: "European Union", members: ["DEU", "FRA", "NLD"] }] };
  s.partners = [
    {
      id: "eu",
      name: "European Union (Chips Act consortium)",
      bloc: "EU",
      regimes: ["EU"],
      firms: [{ id: "asml", name: "Example Lithography BV", country: "NLD" }],
      offers: [{ input: "N25", node: 28, capacity: 1000, firm: "asml" }],
    },
  ];
}

describe("a bloc as a partner", () => {
  it("plans with the bloc and names the firm that delivers", () => {
    const plan = planRoadmap(minimalScenario(euPartner), {}, FAST);
    expect(plan.status).toMatch(/optimal|feasible/);
    expect(plan.decisions[0]).toMatchObject({
      partner: "eu",
      firm: { id: "asml", name: "Example Lithography BV" },
    });
  });

  it("needs exactly one of country or bloc, and a bloc that is a country group", () => {
    const both = minimalScenarioInput();
    euPartner(both);
    both.partners![0]!.country = "DEU";
    both.partners![0]!.bloc = "EUX";
    const r = parseScenario(JSON.stringify(both, null, 1), "s.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message).sort()).toEqual([
      "a partner needs exactly one of country (ISO3) or bloc (a country group id)",
      'unknown country group "EUX"',
    ]);
    both.partners![0]!.bloc = "EU";
    const r2 = parseScenario(JSON.stringify(both, null, 1), "s.json");
    expect(r2.ok ? [] : r2.issues.map((i) => i.message)).toEqual([
      "a partner needs exactly one of country (ISO3) or bloc (a country group id)",
    ]);
  });

  it("spreads a bloc's share of the market shift over its members by their current shares", () => {
    const current = {
      basis: "trade" as const,
      shares: new Map([
        ["DEU", 0.3],
        ["NLD", 0.1],
        ["CHN", 0.6],
      ]),
    };
    const h = hhiAfterOption(current as never, ["DEU", "NLD"], 0.1, 0, "RUS");
    // DEU 0.27 + 0.075, NLD 0.09 + 0.025, CHN 0.54.
    expect(h.after).toBeCloseTo((0.345 ** 2 + 0.115 ** 2 + 0.54 ** 2) * 10_000, 6);
  });
});
