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

describe("proofs of optimality on PSPLIB fixtures (CP core)", () => {
  // j301_1 and j3045_2: the destructive lower bound reaches the optimum; j3037_6: the branch and
  // bound exhausts the schedules below it (about 2,200 nodes).
  for (const name of ["j301_1", "j3037_6", "j3045_2"]) {
    it(`proves ${name} optimal at ${optimum.get(name)} within 5,000 schedules and 5,000 nodes`, () => {
      const problem = parsePsplib(readFileSync(new URL(`${name}.sm`, dir), "utf8"), `${name}.sm`);
      const r = solve(problem, { maxSchedules: 5000, maxNodes: 5000, seed: 1 });
      expect(r.status).toBe("optimal");
      expect(r.makespan).toBe(optimum.get(name));
      expect(r.lowerBound).toBe(optimum.get(name));
      expect(r.nodes).toBeLessThanOrEqual(5000);
      expect(validate(problem, r.schedule!)).toEqual([]);
    });
  }

  it("claims no proof where its makespan is above the optimum (j3013_1 at 1,000 schedules)", () => {
    const problem = parsePsplib(readFileSync(new URL("j3013_1.sm", dir), "utf8"), "j3013_1.sm");
    const r = solve(problem, { maxSchedules: 1000, seed: 1 });
    expect(r.makespan).toBeGreaterThan(optimum.get("j3013_1")!);
    expect(r.status).toBe("feasible");
    expect(r.lowerBound).toBeLessThanOrEqual(optimum.get("j3013_1")!);
  });
});
