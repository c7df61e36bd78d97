import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePsplib } from "../psplib/parse.ts";
import { validate } from "../validate/validate.ts";
import { solve } from "./solve.ts";

const load = (name: string) =>
  parsePsplib(readFileSync(new URL(`../../test/fixtures/psplib/${name}`, import.meta.url), "utf8"), name);

describe("solve", () => {
  it("finds the optimum 43 of j301_1 within 5,000 schedules and the schedule validates", () => {
    const p = load("j301_1.sm");
    const r = solve(p, { maxSchedules: 5000, seed: 1 });
    expect(r.makespan).toBe(43);
    expect(r.schedulesGenerated).toBeLessThanOrEqual(5000);
    expect(validate(p, r.schedule!)).toEqual([]);
  });

  it("is deterministic for a seed and a schedule limit", () => {
    const p = load("j102_2.mm");
    const a = solve(p, { maxSchedules: 1500, seed: 7 });
    const b = solve(p, { maxSchedules: 1500, seed: 7 });
    expect(a.schedule).toEqual(b.schedule);
    expect(a.schedulesGenerated).toBe(b.schedulesGenerated);
  });

  it("reports optimal only when the makespan meets the proven lower bound", () => {
    const r = solve(load("j3045_2.sm"), { maxSchedules: 5000, seed: 1 });
    expect(r.status).toBe("optimal");
    expect(r.makespan).toBe(r.lowerBound);
  });
});
