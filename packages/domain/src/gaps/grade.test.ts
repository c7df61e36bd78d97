import { describe, expect, it } from "vitest";
import { assessOptions } from "../partners/assess.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { analyzeGaps } from "./analyze.ts";

/** A 2.5D packaging need, a wire-bond OSAT at home, partners offering flip-chip and 2.5D. */
const scenario = () =>
  minimalScenario((s) => {
    s.targets[0]!.inputs = [{ input: "N69", grade: "2.5D" }];
    s.domestic!.capabilities = [{ input: "N69", grade: "wire-bond", capacity: 1_000_000, firm: "fab" }];
    s.partners![0]!.offers = [
      { input: "N69", grade: "flip-chip", capacity: 5000 },
      { input: "N69", grade: "2.5D", capacity: 5000 },
    ];
  });

describe("advanced packaging grades", () => {
  it("a wire-bond line does not cover a 2.5D need: a grade gap, whatever its capacity", () => {
    expect(analyzeGaps(scenario(), {}).gaps).toEqual([
      expect.objectContaining({
        id: "chip:N69",
        kind: "grade",
        requiredGrade: "2.5D",
        domesticGrade: "wire-bond",
      }),
    ]);
  });

  it("only an offer of the required grade (or better) closes it", () => {
    const options = assessOptions(scenario(), {});
    expect(options.map((o) => o.offerId)).toEqual(["p1#1"]);
  });
});
