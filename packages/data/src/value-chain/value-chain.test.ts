import { describe, expect, it } from "vitest";
import { chokepoints } from "./chokepoints.ts";
import { chainGaps, countryCoverage } from "./coverage.ts";
import { loadValueChain } from "./load-eto.ts";
import type { ValueChain } from "./model.ts";

const source = { name: "test", license: "CC0", attribution: "test", dataDate: "2026-01-01" };

/** A hand-made chain: S1 → A (tool, USA 80 / JPN 20) and B (material, JPN 50 / KOR 30 / CHN 20). */
function tinyChain(): ValueChain {
  return {
    source,
    stages: [{ id: "S1", name: "Fab" }],
    inputs: [
      { id: "P", name: "Process", type: "process", stageId: "S1" },
      { id: "A", name: "Tool A", type: "tool_resource", stageId: "S1" },
      { id: "B", name: "Material B", type: "material_resource", stageId: "S1" },
    ],
    edges: [
      { from: "A", to: "P", kind: "goes_into" },
      { from: "B", to: "P", kind: "goes_into" },
    ],
    providers: [
      { id: "US", name: "USA", kind: "country", country: "USA" },
      { id: "JP", name: "JPN", kind: "country", country: "JPN" },
      { id: "KR", name: "KOR", kind: "country", country: "KOR" },
      { id: "CN", name: "CHN", kind: "country", country: "CHN" },
      { id: "F", name: "Firm K", kind: "organization", country: "KOR" },
    ],
    provision: [
      { providerId: "US", inputId: "A", share: 0.8 },
      { providerId: "JP", inputId: "A", share: 0.2 },
      { providerId: "JP", inputId: "B", share: 0.5 },
      { providerId: "KR", inputId: "B", share: 0.3 },
      { providerId: "CN", inputId: "B", share: 0.2 },
      { providerId: "F", inputId: "B" },
    ],
  };
}

describe("chokepoints", () => {
  it("flags an input whose top country holds at least the threshold", () => {
    const points = chokepoints(tinyChain(), { topN: 1, threshold: 0.75 });
    expect(points.map((p) => p.inputId)).toEqual(["A"]);
    expect(points[0]!.topProviders).toEqual([{ country: "USA", share: 0.8 }]);
    expect(points[0]!.source).toBe(source);
  });

  it("sums the top two countries when topN is 2", () => {
    const points = chokepoints(tinyChain(), { topN: 2, threshold: 0.8 });
    expect(points.map((p) => [p.inputId, p.combinedShare])).toEqual([
      ["A", 1],
      ["B", 0.8],
    ]);
  });

  it("rejects a threshold given in percent", () => {
    expect(() => chokepoints(tinyChain(), { threshold: 70 })).toThrow(/between 0 and 1/);
  });
});

describe("country coverage and gaps", () => {
  it("counts a firm headquartered in the country as coverage", () => {
    const rows = countryCoverage(tinyChain(), "KOR");
    const b = rows.find((r) => r.inputId === "B")!;
    expect(b).toMatchObject({ covered: true, share: 0.3, firms: ["Firm K"] });
    expect(rows.find((r) => r.inputId === "A")!.covered).toBe(false);
  });

  it("lists what a country lacks with who supplies it instead", () => {
    const gaps = chainGaps(tinyChain(), "KOR");
    expect(gaps.map((g) => g.inputId)).toEqual(["A"]);
    expect(gaps[0]!.topProviders).toEqual([
      { country: "USA", share: 0.8 },
      { country: "JPN", share: 0.2 },
    ]);
  });

  it("rejects an unknown stage id with the valid ones", () => {
    expect(() => chainGaps(tinyChain(), "KOR", ["S9"])).toThrow(/unknown stage "S9"; use one of S1/);
    // A well-formed code that names no country is refused, not answered with "every input is a gap".
    expect(() => chainGaps(tinyChain(), "XYZ")).toThrow(/"XYZ" is not an ISO 3166-1 alpha-3 country code/);
  });
});

describe("the shipped ETO sample", () => {
  it("loads 3 stages, 126 inputs, 139 edges, 396 providers and 1,300 provision rows", async () => {
    const chain = await loadValueChain();
    expect([chain.stages.length, chain.inputs.length, chain.edges.length]).toEqual([3, 126, 139]);
    expect([chain.providers.length, chain.provision.length]).toEqual([396, 1300]);
    expect(chain.source.license).toBe("CC BY-NC 4.0");
  });

  it("gives every input but the finished chip a stage, inherited through the graph", async () => {
    const chain = await loadValueChain();
    const missing = chain.inputs.filter((i) => !i.stageId).map((i) => i.id);
    expect(missing).toEqual(["N99"]);
    expect(chain.inputs.find((i) => i.id === "N20")).toMatchObject({ parentId: "N19", stageId: "S2" });
  });

  it("finds EUV lithography tools as a Netherlands chokepoint", async () => {
    const chain = await loadValueChain();
    const euv = chokepoints(chain, { topN: 1, threshold: 0.9 }).find((c) => c.inputId === "N20");
    expect(euv?.topProviders).toEqual([{ country: "NLD", share: 1 }]);
  });
});
