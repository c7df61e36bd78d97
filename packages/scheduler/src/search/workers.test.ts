import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePsplib } from "../psplib/parse.ts";
import { validate } from "../validate/validate.ts";
import { solve } from "./solve.ts";

const load = (name: string) =>
  parsePsplib(readFileSync(new URL(`../../test/fixtures/psplib/${name}`, import.meta.url), "utf8"), name);

describe("solve with worker threads", () => {
  it("runs two independent searches and returns the better valid schedule", () => {
    const p = load("j3013_1.sm");
    const r = solve(p, { workers: 2, maxSchedules: 2000, seed: 4 });
    expect(validate(p, r.schedule!)).toEqual([]);
    // Both islands spend their budget unless one proves optimality first.
    expect(r.schedulesGenerated).toBeGreaterThan(2000);
    expect(r.schedulesGenerated).toBeLessThanOrEqual(4000);
  });

  it("is deterministic with a schedule limit, whatever the thread timing", () => {
    const p = load("j102_2.mm");
    const a = solve(p, { workers: 2, maxSchedules: 800, seed: 9 });
    const b = solve(p, { workers: 2, maxSchedules: 800, seed: 9 });
    expect(a.schedule).toEqual(b.schedule);
  });
});
