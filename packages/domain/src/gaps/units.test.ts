import { describe, expect, it } from "vitest";
import { minimalScenario, minimalScenarioInput } from "../scenario/minimal.ts";
import { parseScenario } from "../scenario/parse.ts";
import { analyzeGaps } from "./analyze.ts";

describe("capacity units per resource kind", () => {
  it("design counts engineer-years: the gap is measured in them, not in chips", () => {
    const s = minimalScenario((x) => {
      x.targets[0]!.inputs = [{ input: "S1", demand: { amount: 120, unit: "engineer-years" } }];
      x.domestic!.capabilities = [{ input: "S1", capacity: 45, unit: "engineer-years", firm: "fab" }];
    });
    expect(analyzeGaps(s, {}).gaps).toEqual([
      expect.objectContaining({
        id: "chip:S1",
        kind: "capacity",
        unit: "engineer-years",
        requiredVolume: 120,
        domesticCapacity: 45,
        shortfall: 75,
      }),
    ]);
  });

  it("rejects a capacity in another unit than the targets' demand", () => {
    const s = minimalScenarioInput();
    s.targets[0]!.inputs = [{ input: "N25", demand: { amount: 10, unit: "licences" } }];
    const r = parseScenario(JSON.stringify(s, null, 1), "s.json");
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message])).toEqual([
      ["domestic.capabilities[0].unit", "capacity in units-per-year, but the targets need N25 in licences"],
      ["partners[0].offers[0].unit", "capacity in units-per-year, but the targets need N25 in licences"],
    ]);
  });
});
