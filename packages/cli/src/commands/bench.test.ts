import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildForTest } from "../../test/built-cli.ts";
import { collectInstances, readBestKnown, summarize } from "./bench.ts";

const root = new URL("../../../../", import.meta.url).pathname;
const fixtures = join(root, "packages/scheduler/test/fixtures/psplib");
let compiled = "";
beforeAll(async () => {
  compiled = (await buildForTest()).main;
});

describe("chiproad bench", () => {
  it("solves a directory on two worker threads and summarises against best-known values", () => {
    const out = join(mkdtempSync(join(tmpdir(), "chiproad-bench-")), "bench.json");
    const r = spawnSync(
      process.execPath,
      [
        compiled,
        "bench",
        fixtures,
        "--best-known",
        join(fixtures, "best-known.csv"),
        "--max-schedules",
        "1000",
        "--jobs",
        "2",
        "--out",
        out,
      ],
      { encoding: "utf8", cwd: root },
    );
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(result);
    expect(result.instances).toHaveLength(8);
    const first = result.instances[0];
    expect(first.instance).toBe("j102_2");
    expect(first.bestKnown).toBe(20);
    expect(first.cpmLowerBound).toBeGreaterThan(0);
    expect(first.schedule.length).toBeGreaterThan(0);
    expect(result.summary.count).toBe(8);
    expect(result.summary.feasible).toBe(8);
    expect(result.summary.meanDevBestKnownPct).toBeGreaterThanOrEqual(0);
  });

  it("finds .sm and .mm files recursively and only those", () => {
    const files = collectInstances([fixtures]);
    expect(files).toHaveLength(8);
    expect(files.every((f) => /\.(sm|mm)$/.test(f))).toBe(true);
  });

  it("reads best-known CSVs and rejects a malformed row with file:line", () => {
    expect(readBestKnown([join(fixtures, "best-known.csv")]).get("j301_1")).toBe(43);
    const bad = join(mkdtempSync(join(tmpdir(), "chiproad-bench-")), "bk.csv");
    writeFileSync(bad, "instance,best_known,lower_bound,optimal\nj301_1,forty,43,true\n");
    expect(() => readBestKnown([bad])).toThrow(/bk\.csv:2: expected/);
  });

  it("summarises deviations, feasibility and the median time", () => {
    const row = (makespan: number | null, bestKnown: number, cpm: number, elapsedMs: number) => ({
      instance: "x",
      status: makespan === null ? ("unknown" as const) : ("feasible" as const),
      makespan,
      lowerBound: cpm,
      schedule: [],
      schedulesGenerated: 1,
      elapsedMs,
      bestKnown,
      cpmLowerBound: cpm,
    });
    expect(summarize([row(11, 10, 10, 5), row(10, 10, 8, 7), row(null, 10, 10, 100)])).toEqual({
      count: 3,
      feasible: 2,
      atBestKnown: 1,
      meanDevBestKnownPct: 5,
      meanDevCpmLbPct: 17.5,
      medianElapsedMs: 7,
    });
  });
});
