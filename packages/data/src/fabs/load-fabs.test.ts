import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { samplePath } from "../source.ts";
import { loadFabs } from "./load-fabs.ts";

const fabs = (...p: string[]) => samplePath("open", "fabs", ...p);

describe("loadFabs", () => {
  it("reads the India tracker with node and capacity from the capability text", async () => {
    const list = await loadFabs(fabs("india-semiconductor-tracker", "facilities.yml"));
    expect(list).toHaveLength(16);
    expect(list.find((f) => f.id === "tata-psmc-dholera")).toMatchObject({
      company: "Tata Electronics (TEPL)",
      country: "IND",
      nodeNm: "28-55",
      capacity: "50,000 Wafers/Month",
      status: "under_construction",
      type: "Fab",
    });
  });

  it("reads the AI Chip Fab Atlas CSV and the Chip Sense JSON with ISO alpha-3 countries", async () => {
    const atlas = await loadFabs(fabs("ai-chip-fab-atlas", "atlas-campuses.csv"));
    expect(atlas).toHaveLength(31);
    expect(atlas.filter((f) => f.country === "TWN")).toHaveLength(6);
    const sites = await loadFabs(fabs("chip-sense", "fab-sites.json"));
    expect(sites).toHaveLength(33);
    expect(sites[0]).toMatchObject({
      company: "TSMC",
      country: "TWN",
      location: { lat: 23.12, lon: 120.28 },
    });
  });

  it("rejects a YAML alias to a missing anchor as bad input (found by fuzzing: `*!`)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fabs-")), "f.yml");
    writeFileSync(file, "*!");
    await expect(loadFabs(file)).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
