import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { defaultGrid } from "./default-grid.ts";

const words = { title: "Partners", available: "available", blocked: 'blocked: "no"' };

describe("defaultGrid", () => {
  it("crosses the first two partners' availability, names quoted so YAML reads them as they are", () => {
    const grid = parse(
      defaultGrid(
        [
          { id: "twn", name: "Taiwan: TSMC & co" },
          { id: "jpn", name: "Japan" },
          { id: "kor", name: "Korea" },
        ],
        words,
      ),
    );
    expect(grid.name).toBe("Partners");
    expect(grid.dimensions.map((d: { name: string }) => d.name)).toEqual(["Taiwan: TSMC & co", "Japan"]);
    expect(grid.dimensions[0].options).toEqual([
      { name: "available" },
      { name: 'blocked: "no"', changes: [{ type: "block-partner", partner: "twn" }] },
    ]);
  });

  it("is empty for a scenario without partners", () => {
    expect(defaultGrid([], words)).toBe("");
  });
});
