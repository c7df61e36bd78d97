/** `chiproad sweep` with its default options on the shipped example grid, and its bad input. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const examples = join(import.meta.dirname, "../../../../examples");
const india = join(examples, "india-mcu-osat.yaml");
const grid = join(examples, "sweeps/india-mcu-osat.grid.yaml");

describe("chiproad sweep", () => {
  it("default options (standard profile, 200 samples, seed 1) on the India grid", {
    timeout: 600_000,
  }, async () => {
    const r = await runCli("sweep", india, "--grid", grid, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ profile: "standard", seed: 1, samples: 200 });
    expect(report.rows.map((x: { options: { option: string }[] }) => x.options.map((o) => o.option))).toEqual(
      [
        ["as planned", "available"],
        ["as planned", "unavailable"],
        ["halved", "available"],
        ["halved", "unavailable"],
      ],
    );
    for (const row of report.rows) {
      if (row.completion === null) continue;
      expect(row.samples).toBe(200);
      expect(row.p50 <= row.p80).toBe(true);
      expect(row.partners.length).toBeGreaterThan(0);
    }
    // Taiwan's partners appear only where Taiwan is available.
    expect(report.rows[0].partners).toContain("twn");
    for (const i of [1, 3]) expect(report.rows[i].partners).not.toContain("twn");
  });

  it("refuses a file that is not a grid, with file:line:column", async () => {
    const r = await runCli("sweep", india, "--grid", india);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/india-mcu-osat\.yaml:\d+:\d+/);
  });
});
