import type { Chokepoint } from "@chiproad/data";
import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { analyzeGaps } from "./analyze.ts";
import { renderGapsMarkdown } from "./markdown.ts";
import { generationsBehind, ladderIndex } from "./node-ladder.ts";

describe("node ladder", () => {
  it("counts rungs and years between two nodes", () => {
    expect(generationsBehind(180, 90)).toEqual({ nodes: 2, years: 5 });
    expect(generationsBehind(90, 28)).toEqual({ nodes: 3, years: 7 });
    expect(generationsBehind(28, 90)).toEqual({ nodes: 0, years: 0 });
  });

  it("snaps nodes off the ladder to the nearest rung", () => {
    expect(ladderIndex(40)).toBe(ladderIndex(45));
    expect(ladderIndex(14)).toBe(ladderIndex(16));
    expect(ladderIndex(500)).toBe(0);
  });
});

describe("analyzeGaps", () => {
  it("reports an input whose domestic node is too coarse, with generations behind", () => {
    const report = analyzeGaps(minimalScenario(), {});
    expect(report.gaps).toEqual([
      expect.objectContaining({
        id: "chip:N25",
        kind: "node",
        requiredNode: 90,
        domesticNode: 180,
        generationsBehind: { nodes: 2, years: 5 },
        shortfall: 1000,
        critical: false,
      }),
    ]);
    expect(report.targets[0]).toMatchObject({ covered: 0, missing: 1 });
    expect(report.notes).toContain("No chokepoint data given: no gap is marked critical.");
  });

  it("reports an input with no domestic capability as absent", () => {
    const report = analyzeGaps(
      minimalScenario((s) => {
        s.targets[0]?.inputs.push({ input: "N69" });
      }),
      {},
    );
    expect(report.gaps.find((g) => g.inputId === "N69")).toMatchObject({ kind: "absent", shortfall: 1000 });
  });

  it("reports a capacity shortfall when the node is met but volume is not", () => {
    const report = analyzeGaps(
      minimalScenario((s) => {
        if (s.domestic?.capabilities?.[0]) s.domestic.capabilities[0].node = 65;
      }),
      {},
    );
    expect(report.gaps[0]).toMatchObject({ kind: "capacity", domesticCapacity: 500, shortfall: 500 });
    expect(report.gaps[0]?.generationsBehind).toEqual({ nodes: 0, years: 0 });
  });

  it("covers an input when node and capacity suffice, adding capacities at a sufficient node", () => {
    const report = analyzeGaps(
      minimalScenario((s) => {
        s.domestic = {
          capabilities: [
            { input: "N25", node: 90, capacity: 600 },
            { input: "N25", node: 65, capacity: 400 },
            { input: "N25", node: 180, capacity: 9000 },
          ],
        };
      }),
      {},
    );
    expect(report.gaps).toEqual([]);
    expect(report.targets[0]?.inputs[0]).toMatchObject({
      status: "covered",
      domesticCapacity: 1000,
      domesticNode: 65,
    });
  });

  it("marks a gap critical when a tool directly below it is a chokepoint, not through other processes", () => {
    const source = { name: "test", license: "test", attribution: "test", dataDate: "2025" };
    const tools = {
      inputId: "N19",
      inputName: "Lithography tools",
      topProviders: [{ country: "NLD", share: 0.8 }],
      combinedShare: 0.8,
      source,
    };
    const chain = {
      inputs: [
        { id: "N19", name: "Lithography tools", type: "tool_resource" },
        { id: "N25", name: "Photolithography", type: "process" },
        { id: "N46", name: "Etch and clean", type: "process" },
      ],
      stages: [],
      edges: [
        { from: "N19", to: "N25", kind: "goes_into" },
        { from: "N25", to: "N46", kind: "goes_into" },
      ],
    };
    const report = analyzeGaps(
      minimalScenario((s) => {
        s.targets[0]?.inputs.push({ input: "N46" });
      }),
      { chokepoints: [tools], chain: chain as never },
    );
    expect(report.gaps.find((g) => g.inputId === "N25")).toMatchObject({
      critical: true,
      chokepoint: tools,
      chokepointsBelow: [tools],
    });
    expect(report.gaps.find((g) => g.inputId === "N46")).toMatchObject({
      critical: false,
      chokepointsBelow: [],
    });
  });

  it("marks a gap critical when its input is a chokepoint, and names the input from the chain", () => {
    const chokepoint = {
      inputId: "N25",
      inputName: "Photolithography",
      topProviders: [{ country: "NLD", share: 0.9 }],
      combinedShare: 0.9,
      source: { name: "test", license: "test", attribution: "test", dataDate: "2025" },
    } as Chokepoint;
    const chain = { inputs: [{ id: "N25", name: "Photolithography", type: "process" }], stages: [] };
    const report = analyzeGaps(minimalScenario(), { chokepoints: [chokepoint], chain: chain as never });
    expect(report.gaps[0]).toMatchObject({ critical: true, chokepoint, inputName: "Photolithography" });
    expect(renderGapsMarkdown(report)).toContain(
      "| Photolithography (N25) | node | 90 nm | 180 nm | 2 nodes / 5 years | yes: NLD 90% |",
    );
  });
});

describe("domestic capacity shared between targets", () => {
  it("is summed over the targets that need it: the later-due target gets what is left", () => {
    const scenario = minimalScenario((s) => {
      s.domestic!.capabilities = [{ input: "N25", node: 28, capacity: 500, firm: "fab" }];
      s.targets[0]!.volume = 300;
      s.targets.push({ ...s.targets[0]!, id: "chip2", name: "Second chip", dueDate: "2026-06-01" });
    });
    const r = analyzeGaps(scenario, {});
    expect(r.gaps).toEqual([
      expect.objectContaining({
        id: "chip2:N25",
        kind: "capacity",
        requiredVolume: 300,
        domesticCapacity: 200,
        shortfall: 100,
      }),
    ]);
    expect(r.targets[0]!.inputs[0]!.status).toBe("covered");
  });
});
