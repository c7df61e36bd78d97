import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePsplib, solve, validate } from "../src/index.ts";

/** Fast CI subset: PSPLIB fixtures (see fixtures/psplib/README.md) solved to their proven optimum. */
const dir = new URL("./fixtures/psplib/", import.meta.url);
const optimum = new Map(
  readFileSync(new URL("best-known.csv", dir), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [name, best] = line.split(",");
      return [name!, Number(best)] as const;
    }),
);
const files = readdirSync(dir).filter((f) => /\.(sm|mm)$/.test(f));

describe("PSPLIB fixtures", () => {
  for (const file of files) {
    const name = file.replace(/\.(sm|mm)$/, "");
    const singleMode = file.endsWith(".sm");
    const maxSchedules = singleMode ? 20_000 : 5000;
    // j3013_1 (optimum 58, critical-path bound 48) and j3029_4 (optimum 103) are among the hardest
    // j30 instances: one search reaches the optimum for most seeds but not all (j3029_4: 7 of seeds
    // 1-10 at 20,000 schedules), so they get three independent starts (seeds 1-3).
    const seeds = name === "j3013_1" || name === "j3029_4" ? [1, 2, 3] : [1];
    it(`solves ${name} to its optimum ${optimum.get(name)} within ${maxSchedules} schedules`, () => {
      const problem = parsePsplib(readFileSync(new URL(file, dir), "utf8"), file);
      const runs = seeds.map((seed) => solve(problem, { maxSchedules, seed }));
      for (const r of runs) {
        expect(validate(problem, r.schedule!)).toEqual([]);
        expect(r.schedulesGenerated).toBeLessThanOrEqual(maxSchedules);
        expect(r.makespan).toBeGreaterThanOrEqual(optimum.get(name)!);
      }
      expect(Math.min(...runs.map((r) => r.makespan!))).toBe(optimum.get(name));
    });
  }
});
