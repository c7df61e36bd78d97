/** One test per rule condition: the smallest scenario where it binds, and one where it does not. */
import { describe, expect, it } from "vitest";
import { assessOptions } from "../partners/assess.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import type { ScenarioInput } from "../scenario/schema.ts";

type RuleInput = NonNullable<NonNullable<ScenarioInput["rules"]>["exportControls"]>[number];
const base: RuleInput = {
  id: "r",
  regime: "US-EAR",
  categories: ["3E"],
  destinations: ["*"],
  requirement: "prohibited",
  citation: "test citation",
  text: "test rule",
};

/** Lawfulness and reason of the only option (p1 / tt) under `rule` after `edit`. */
function verdict(rule: Partial<RuleInput>, edit: (s: ScenarioInput) => void = () => {}) {
  const s = minimalScenario((x) => {
    x.partners![0]!.regimes = ["US-EAR"];
    x.rules = {
      countryGroups: [{ id: "D5", name: "Country group D:5", members: ["CHN", "RUS"] }],
      exportControls: [{ ...base, ...rule }],
    };
    edit(x);
  });
  const [o] = assessOptions(s, {});
  return { lawful: o!.lawful, reason: o!.reason };
}

describe("export-control rule conditions", () => {
  it("node threshold: binds an offer at or finer than it, not a coarser one", () => {
    expect(verdict({ thresholds: { nodeAtOrBelow: 28 } })).toMatchObject({ lawful: false });
    expect(verdict({ thresholds: { nodeAtOrBelow: 28 } }).reason).toContain(
      "offer at 28 nm, at or below 28 nm",
    );
    expect(verdict({ thresholds: { nodeAtOrBelow: 16 } }).lawful).toBe(true);
  });

  it("layer threshold: binds 3D NAND with enough layers", () => {
    const layers = (n: number) => (s: ScenarioInput) => {
      s.partners![0]!.offers![0]!.layers = n;
    };
    expect(verdict({ thresholds: { layersAtOrAbove: 128 } }, layers(176)).lawful).toBe(false);
    expect(verdict({ thresholds: { layersAtOrAbove: 128 } }, layers(96)).lawful).toBe(true);
  });

  it("all destinations except a group: does not bind a member of the excepted group", () => {
    expect(verdict({ exceptDestinations: ["D5"] }).lawful).toBe(true);
    expect(verdict({ exceptDestinations: ["EU27"] }).lawful).toBe(false);
  });

  it("end user headquartered in, or owned from, a country group", () => {
    const owned = (s: ScenarioInput) => {
      s.domestic!.firms![0]!.ultimateParent = "CHN";
    };
    const rule = { endUser: { headquarteredIn: [], ultimateParentIn: ["D5"] } };
    expect(verdict(rule).lawful).toBe(true);
    const r = verdict(rule, owned);
    expect(r.lawful).toBe(false);
    expect(r.reason).toContain("end user Domestic Fab JSC with its ultimate parent in CHN");
    // Headquarters: the firm's country stands for it when no headquarters is given.
    expect(verdict({ endUser: { headquarteredIn: ["RUS"], ultimateParentIn: [] } }).lawful).toBe(false);
  });

  it("de minimis: binds a partner outside the regime when the offer's regime-origin content reaches the share", () => {
    const outside = (share: number) => (s: ScenarioInput) => {
      s.partners![0]!.regimes = [];
      s.partners![0]!.offers![0]!.originContent = [{ regime: "US-EAR", share }];
    };
    expect(verdict({ deMinimisShare: 0.25 }, outside(0.1)).lawful).toBe(true);
    const r = verdict({ deMinimisShare: 0.25 }, outside(0.3));
    expect(r.lawful).toBe(false);
    expect(r.reason).toContain("30% US-EAR-origin content, at or above the 25% de minimis level");
  });

  it("home-country control: an import permit binds every partner, whatever its regimes", () => {
    const r = verdict(
      { appliesTo: "imports", regime: "RU-import", requirement: "licence", licenceDelayDays: 30 },
      (s) => {
        s.partners![0]!.regimes = [];
      },
    );
    expect(r.lawful).toBe(true);
    expect(r.reason).toContain("import control of RUS");
    expect(r.reason).toContain("expected processing 30 days");
  });

  it("licence decision as a distribution: the planner uses the most likely time and says the rest", () => {
    const r = verdict({
      requirement: "licence",
      licenceDecision: { approvalProbability: 0.6, days: { min: 60, mode: 120, max: 300 } },
    });
    expect(r.reason).toContain(
      "expected processing 120 days (most likely; 60–300, granted with probability 60%)",
    );
  });
});
