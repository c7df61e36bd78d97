import type { ScreeningMatch, ScreeningQuery } from "@chiproad/data";
import { describe, expect, it } from "vitest";
import { assessOptions } from "../partners/assess.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import type { ScenarioInput } from "../scenario/schema.ts";

const prohibit3E = {
  id: "wa-3e-rus",
  regime: "wassenaar",
  categories: ["3E"],
  destinations: ["RUS"],
  requirement: "prohibited" as const,
  citation: "Illustrative rule, Wassenaar Category 3 technology",
  text: "Development and production technology for controlled electronics is not exported to the destination.",
};

function withRules(rules: NonNullable<ScenarioInput["rules"]>) {
  return (s: ScenarioInput) => {
    s.rules = rules;
  };
}

/** A screener that knows the given names (exact, case-insensitive) with the given score. */
function screenerOf(listed: Record<string, { score: number; list: string }>) {
  return (q: ScreeningQuery): ScreeningMatch[] => {
    const hit = listed[q.name.toLowerCase()];
    return hit
      ? [
          {
            id: `e-${q.name}`,
            name: q.name.toUpperCase(),
            score: hit.score,
            list: hit.list,
            datasetVersion: "test",
            reasons: [{ kind: "name", matched: q.name.toUpperCase() }],
          },
        ]
      : [];
  };
}

describe("export-control rules (hard constraint)", () => {
  it("makes a model unlawful when a prohibiting rule covers a transferred category, naming the rule", () => {
    const scenario = minimalScenario(withRules({ exportControls: [prohibit3E] }));
    const [option] = assessOptions(scenario, {});
    expect(option).toMatchObject({ lawful: false, rule: "wa-3e-rus", score: 0 });
    expect(option?.reason).toContain("wa-3e-rus");
    expect(option?.reason).toContain("Illustrative rule, Wassenaar Category 3 technology");
    expect(option?.reason).toContain(prohibit3E.text);
  });

  it("does not apply a rule of a regime the partner is not bound by", () => {
    const scenario = minimalScenario((s) => {
      s.rules = { exportControls: [prohibit3E] };
      if (s.partners?.[0]) s.partners[0].regimes = ["CN-export-control"];
    });
    expect(assessOptions(scenario, {})[0]?.lawful).toBe(true);
  });

  it("does not apply a rule to another destination", () => {
    const scenario = minimalScenario(
      withRules({ exportControls: [{ ...prohibit3E, destinations: ["IRN"] }] }),
    );
    expect(assessOptions(scenario, {})[0]?.lawful).toBe(true);
  });

  it("applies a rule whose destination is a country group the programme country belongs to", () => {
    const scenario = minimalScenario(
      withRules({
        countryGroups: [{ id: "EAR-D5", name: "EAR Country Group D:5", members: ["CHN", "RUS"] }],
        exportControls: [{ ...prohibit3E, destinations: ["EAR-D5"] }],
      }),
    );
    expect(assessOptions(scenario, {})[0]).toMatchObject({ lawful: false, rule: "wa-3e-rus" });
  });

  it("covers a specific entry (3B001) of an offer with a rule on the whole group (3B)", () => {
    const scenario = minimalScenario((s) => {
      s.rules = { exportControls: [{ ...prohibit3E, id: "tools", categories: ["3B"] }] };
      const offer = s.partners?.[0]?.offers?.[0];
      if (offer) offer.categories = ["3B001"];
    });
    expect(assessOptions(scenario, {})[0]).toMatchObject({ lawful: false, rule: "tools" });
  });

  it("applies a rule of a regime that binds only one offer (e.g. a foreign direct product rule)", () => {
    const fdp = { ...prohibit3E, id: "fdp", regime: "US-EAR-FDP", categories: ["3A", "3E"] };
    const scenario = minimalScenario((s) => {
      s.rules = { exportControls: [fdp] };
      const partner = s.partners?.[0];
      if (!partner?.offers?.[0]) return;
      partner.firms = [...(partner.firms ?? []), { id: "local", name: "Local Tools Co" }];
      partner.offers = [
        { ...partner.offers[0], regimes: ["US-EAR-FDP"] },
        { input: "N25", node: 65, capacity: 1000, firm: "local" },
      ];
    });
    // The bound 28 nm offer is unlawful, so the option falls back to the lawful 65 nm offer.
    const [option] = assessOptions(scenario, {});
    expect(option).toMatchObject({ lawful: true, firmId: "local", offerNode: 65 });
    const onlyBound = minimalScenario((s) => {
      s.rules = { exportControls: [fdp] };
      const offer = s.partners?.[0]?.offers?.[0];
      if (offer) offer.regimes = ["US-EAR-FDP"];
    });
    expect(assessOptions(onlyBound, {})[0]).toMatchObject({ lawful: false, rule: "fdp" });
  });

  it("names the prohibiting rule of the regime listed first for the partner", () => {
    const us = { ...prohibit3E, id: "us-rule", regime: "US-EAR" };
    const kr = { ...prohibit3E, id: "kr-rule", regime: "KR-FTA" };
    const scenario = minimalScenario((s) => {
      s.rules = { exportControls: [us, kr] };
      if (s.partners?.[0]) s.partners[0].regimes = ["KR-FTA", "US-EAR"];
    });
    const [option] = assessOptions(scenario, {});
    expect(option).toMatchObject({ lawful: false, rule: "kr-rule" });
    expect(option?.compliance.findings.map((f) => f.ruleId)).toEqual(["us-rule", "kr-rule"]);
  });

  it("lets the most restrictive rule decide: an 'allowed' rule does not lift a prohibition", () => {
    const allowed = { ...prohibit3E, id: "open", requirement: "allowed" as const };
    const scenario = minimalScenario(withRules({ exportControls: [allowed, prohibit3E] }));
    expect(assessOptions(scenario, {})[0]).toMatchObject({ lawful: false, rule: "wa-3e-rus" });
  });

  it("keeps a licence-required transfer lawful and adds the licence delay to the lead time", () => {
    const base = assessOptions(minimalScenario(), {})[0];
    const licence = { ...prohibit3E, id: "lic", requirement: "licence" as const, licenceDelayDays: 120 };
    const option = assessOptions(minimalScenario(withRules({ exportControls: [licence] })), {})[0];
    expect(option).toMatchObject({ lawful: true, rule: "lic", licenceDelayDays: 120 });
    expect(option?.leadTimeDays).toBe((base?.leadTimeDays ?? 0) + 120);
    expect(option?.leadTimePeriods).toBe((base?.leadTimePeriods ?? 0) + Math.ceil(120 / 7));
    expect(option?.reason).toContain("licence");
  });

  it("takes the longest delay when several licences are needed", () => {
    const a = { ...prohibit3E, id: "a", requirement: "licence" as const, licenceDelayDays: 60 };
    const b = { ...prohibit3E, id: "b", requirement: "licence" as const, licenceDelayDays: 200 };
    const option = assessOptions(minimalScenario(withRules({ exportControls: [a, b] })), {})[0];
    expect(option).toMatchObject({ rule: "b", licenceDelayDays: 200 });
  });
});

describe("sanctions screening (hard constraint and exposure)", () => {
  const sdn = { lists: [{ id: "ofac-sdn", name: "OFAC SDN", match: "ofac", bindsRegimes: ["US-EAR"] }] };

  it("makes options with a listed partner firm unlawful under rule sanctions:<list>", () => {
    const scenario = minimalScenario(withRules({ sanctions: sdn }));
    const screen = screenerOf({ "partner one foundry ltd": { score: 0.97, list: "OFAC SDN" } });
    const [option] = assessOptions(scenario, { screen });
    expect(option).toMatchObject({ lawful: false, rule: "sanctions:ofac-sdn" });
    expect(option?.sanctionsHits.map((h) => h.name)).toEqual(["PARTNER ONE FOUNDRY LTD"]);
    expect(option?.reason).toContain("Partner One Foundry Ltd");
  });

  it("ignores a match below the scenario's threshold", () => {
    const scenario = minimalScenario(withRules({ sanctions: { ...sdn, threshold: 0.9 } }));
    const screen = screenerOf({ "partner one foundry ltd": { score: 0.8, list: "OFAC SDN" } });
    expect(assessOptions(scenario, { screen })[0]).toMatchObject({ lawful: true, sanctionsHits: [] });
  });

  it("makes a listed domestic counterpart unlawful for partners bound by the list", () => {
    const scenario = minimalScenario((s) => {
      s.rules = { sanctions: sdn };
      if (s.partners?.[0]) s.partners[0].regimes = ["US-EAR"];
    });
    const screen = screenerOf({ "domestic fab jsc": { score: 0.95, list: "OFAC SDN" } });
    const [option] = assessOptions(scenario, { screen });
    expect(option).toMatchObject({ lawful: false, rule: "sanctions:ofac-sdn" });
    expect(option?.reason).toContain("binds Partner One under US-EAR");
  });

  it("reports a listed domestic counterpart as exposure that lowers the score of an unbound partner", () => {
    const scenario = minimalScenario((s) => {
      s.rules = { sanctions: sdn };
      s.domestic = {
        firms: [{ id: "fab", name: "Listed Micro JSC" }],
        capabilities: [{ input: "N25", node: 180, capacity: 500, firm: "fab" }],
      };
    });
    const screen = screenerOf({ "listed micro jsc": { score: 0.9, list: "OFAC SDN" } });
    const [exposed] = assessOptions(scenario, { screen });
    const [clean] = assessOptions(scenario, {});
    expect(exposed).toMatchObject({ lawful: true, exposure: 0.9 });
    expect(exposed?.reason).toContain("secondary-sanctions exposure: Listed Micro JSC on OFAC SDN");
    // Default exposure weight 0.1 of a total 1.0: the criterion drops from 1 to 0.1.
    expect(exposed?.scoreBreakdown.exposure).toBeCloseTo(0.1 * 0.1, 9);
    expect(clean?.scoreBreakdown.exposure).toBeCloseTo(0.1, 9);
    expect(exposed?.score ?? 1).toBeLessThan(clean?.score ?? 0);
  });
});

describe("explanations", () => {
  it("state the rule and never propose a way around it", () => {
    const scenario = minimalScenario(withRules({ exportControls: [prohibit3E] }));
    const reason = assessOptions(scenario, {})[0]?.reason ?? "";
    expect(reason).toMatch(/^unlawful: prohibited by rule wa-3e-rus/);
    expect(reason).not.toMatch(/transship|third countr|re-?export|workaround|avoid|circumvent|intermediar/i);
  });
});
