import { describe, expect, it } from "vitest";
import { coverageRows } from "./coverage.ts";

const inputs = [
  { inputId: "N3", inputName: "EDA", type: "design_resource", topProviders: [] },
  {
    inputId: "N1",
    inputName: "Lithography",
    type: "tool_resource",
    topProviders: [{ country: "NLD", share: 0.8270000000000001 }],
  },
  {
    inputId: "N2",
    inputName: "Wafers",
    type: "material_resource",
    topProviders: [
      { country: "CHN", share: 0.3 },
      { country: "JPN", share: 0.5 },
    ],
  },
];

describe("domestic coverage rows", () => {
  it("rounds shares instead of printing float noise", () => {
    const rows = coverageRows(inputs);
    expect(rows.find((r) => r.inputId === "N1")?.providers[0]?.share).toBe(0.83);
  });

  it("lists the most concentrated inputs first; inputs without provider data last", () => {
    expect(coverageRows(inputs).map((r) => [r.inputId, r.concentration])).toEqual([
      ["N1", 0.83],
      ["N2", 0.8],
      ["N3", 0],
    ]);
  });

  it("drops rows that are not inputs", () => {
    expect(coverageRows([{} as never, ...inputs])).toHaveLength(3);
  });
});
