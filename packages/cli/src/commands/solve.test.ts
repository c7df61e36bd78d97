import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildForTest } from "../../test/built-cli.ts";

const root = new URL("../../../../", import.meta.url).pathname;
const fixtures = join(root, "packages/scheduler/test/fixtures/psplib");
let compiled = "";
beforeAll(async () => {
  compiled = (await buildForTest()).main;
});
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [compiled, ...args], {
    encoding: "utf8",
    cwd: root,
  });

describe("chiproad solve", () => {
  it("prints the result as JSON with job numbers, 1-based modes and starts", () => {
    const r = cli("solve", join(fixtures, "j102_2.mm"), "--max-schedules", "3000", "--seed", "2");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      "instance",
      "status",
      "makespan",
      "lowerBound",
      "schedule",
      "schedulesGenerated",
      "elapsedMs",
    ]);
    expect(out.instance).toBe("j102_2");
    expect(["optimal", "feasible"]).toContain(out.status);
    expect(out.makespan).toBeGreaterThanOrEqual(out.lowerBound);
    expect(out.schedule).toHaveLength(12);
    expect(out.schedule[0]).toEqual({ activity: 1, mode: 1, start: 0 });
    for (const s of out.schedule) expect(s.mode).toBeGreaterThanOrEqual(1);
    expect(out.schedulesGenerated).toBeLessThanOrEqual(3000);
  });

  it("runs independent searches on the compiled scheduler worker (--workers 2)", () => {
    const r = cli("solve", join(fixtures, "j102_2.mm"), "--max-schedules", "500", "--workers", "2");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // Each of the two searches generates up to the limit; more than one limit's worth means both ran.
    expect(JSON.parse(r.stdout).schedulesGenerated).toBeGreaterThan(500);
  });

  it("exits 2 with file:line and no stack trace on a malformed file", () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-solve-"));
    const file = join(dir, "broken.sm");
    const lines = readFileSync(join(fixtures, "j301_1.sm"), "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith("REQUESTS/DURATIONS")) + 4;
    lines[at] = "  2      1     eight   4    0    0    0";
    writeFileSync(file, lines.join("\n"));
    const r = cli("solve", file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`broken.sm:${at + 1}: expected`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 with the reason on an infeasible instance", () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-solve-"));
    const file = join(dir, "tight.mm");
    const text = readFileSync(join(fixtures, "j102_2.mm"), "utf8").replace(
      /(\n\s+9\s+4\s+)29(\s+)40/,
      "$15$240",
    );
    writeFileSync(file, text);
    const r = cli("solve", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/infeasible: no choice of modes fits N1, N2 together/);
    expect(JSON.parse(r.stdout).status).toBe("infeasible");
  });
});
