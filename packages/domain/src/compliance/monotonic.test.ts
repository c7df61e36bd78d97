import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessOptions } from "../partners/assess.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import type { ScenarioInput } from "../scenario/schema.ts";

type RuleInput = NonNullable<NonNullable<ScenarioInput["rules"]>["exportControls"]>[number];

const ruleArb = fc.record({
  regime: fc.constantFrom("wassenaar", "US-EAR", "KR-FTA"),
  categories: fc.subarray(["3A", "3B", "3B001", "3C", "3D", "3E", "3E001"], { minLength: 1 }),
  destinations: fc.constantFrom("RUS", "*", "CHN", "GRP").map((d) => [d]),
  requirement: fc.constantFrom("allowed" as const, "licence" as const, "prohibited" as const),
  licenceDelayDays: fc.integer({ min: 0, max: 400 }),
});

function scenarioWith(rules: Omit<RuleInput, "id" | "citation" | "text">[]) {
  return minimalScenario((s) => {
    s.rules = {
      countryGroups: [{ id: "GRP", name: "Group", members: ["RUS", "BLR"] }],
      exportControls: rules.map((r, i) => ({ ...r, id: `r${i}`, citation: `c${i}`, text: `t${i}` })),
    };
    const partner = s.partners?.[0];
    if (partner) partner.regimes = ["wassenaar", "US-EAR"];
    const offer = partner?.offers?.[0];
    if (offer) offer.categories = ["3B001"];
  });
}

describe("export-control rules are monotone (property)", () => {
  it("adding a rule never makes an unlawful option lawful nor shortens a licence delay", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 5 }), ruleArb, (rules, extra) => {
        const [before] = assessOptions(scenarioWith(rules), {});
        const [after] = assessOptions(scenarioWith([...rules, extra]), {});
        if (!before || !after) throw new Error("the minimal scenario always has one option");
        if (!before.lawful) expect(after.lawful).toBe(false);
        if (after.lawful) expect(after.licenceDelayDays).toBeGreaterThanOrEqual(before.licenceDelayDays);
        // An unlawful option always names a rule that exists and prohibits.
        if (!after.lawful)
          expect(
            after.compliance.findings.some((f) => f.ruleId === after.rule && f.requirement === "prohibited"),
          ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
