import { describe, expect, it } from "vitest";
import { coverageRows } from "./coverage.ts";

const inputs = [
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
  { inputId: "N3", inputName: "EDA", type: "design_resource", topProviders: [] },
];

describe("domestic coverage rows", () => {
  it("rounds shares instead of printing float noise", () => {
    const rows = coverageRows(inputs, "RUS");
    expect(rows.find((r) => r.inputId === "N1")?.providers[0]?.share).toBe(0.83);
  });

  it("differs by country: the country's own share first", () => {
    const chn = coverageRows(inputs, "CHN");
    const nld = coverageRows(inputs, "NLD");
    expect(chn[0]).toMatchObject({ inputId: "N2", countryShare: 0.3 });
    expect(nld[0]).toMatchObject({ inputId: "N1", countryShare: 0.83 });
    expect(coverageRows(inputs, "RUS").every((r) => r.countryShare === 0)).toBe(true);
  });
});
