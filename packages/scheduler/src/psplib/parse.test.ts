import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PsplibFormatError } from "../errors.ts";
import { parsePsplib } from "./parse.ts";
import { writePsplib } from "./write.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/psplib/${name}`, import.meta.url), "utf8");

function parseError(text: string, file = "broken.sm"): PsplibFormatError {
  try {
    parsePsplib(text, file);
  } catch (error) {
    if (error instanceof PsplibFormatError) return error;
    throw error;
  }
  throw new Error("expected a PsplibFormatError");
}

describe("parsePsplib", () => {
  it("reads a single-mode j30 file: 32 jobs, 4 renewable resources, FS precedences, horizon", () => {
    const p = parsePsplib(fixture("j301_1.sm"), "dir/j301_1.sm");
    expect(p.name).toBe("j301_1");
    expect(p.activities).toHaveLength(32);
    expect(p.activities[0]).toEqual({
      id: "1",
      modes: [{ duration: 0, renewable: [0, 0, 0, 0], nonRenewable: [] }],
    });
    expect(p.activities[1]!.modes[0]).toEqual({ duration: 8, renewable: [4, 0, 0, 0], nonRenewable: [] });
    expect(p.renewable.map((r) => r.capacity)).toEqual([12, 13, 4, 12]);
    expect(p.nonRenewable).toEqual([]);
    expect(p.horizon).toBe(158);
    expect(p.precedences.slice(0, 3)).toEqual([
      { from: 0, to: 1, type: "FS", lag: 0 },
      { from: 0, to: 2, type: "FS", lag: 0 },
      { from: 0, to: 3, type: "FS", lag: 0 },
    ]);
  });

  it("reads .mm mode rows that omit the job number", () => {
    const p = parsePsplib(fixture("j102_2.mm"), "j102_2.mm");
    expect(p.activities).toHaveLength(12);
    expect(p.activities[1]!.modes).toEqual([
      { duration: 3, renewable: [6, 0], nonRenewable: [9, 0] },
      { duration: 9, renewable: [5, 0], nonRenewable: [0, 8] },
      { duration: 10, renewable: [0, 6], nonRenewable: [0, 6] },
    ]);
    expect(p.nonRenewable).toEqual([
      { id: "N1", capacity: 29 },
      { id: "N2", capacity: 40 },
    ]);
  });

  it("accepts CRLF line endings", () => {
    const lf = fixture("j102_2.mm");
    expect(parsePsplib(lf.replace(/\n/g, "\r\n"), "j102_2.mm")).toEqual(parsePsplib(lf, "j102_2.mm"));
  });

  it("reports a non-numeric duration with file and line", () => {
    const lines = fixture("j301_1.sm").split("\n");
    const at = lines.findIndex((l) => l.trim().startsWith("2      1     8"));
    lines[at] = "  2      1     x       4    0    0    0";
    const error = parseError(lines.join("\n"), "j301_1.sm");
    expect(error.code).toBe("BAD_INPUT");
    expect(error.line).toBe(at + 1);
    expect(error.message).toMatch(new RegExp(`^j301_1\\.sm:${at + 1}: expected `));
  });

  it("reports a wrong successor count on the precedence row", () => {
    const lines = fixture("j301_1.sm").split("\n");
    const at = lines.findIndex((l) => /^\s+2\s+1\s+3\s+6\s+11\s+15/.test(l));
    lines[at] = "   2        1          4           6  11  15";
    expect(parseError(lines.join("\n")).line).toBe(at + 1);
  });

  it("reports a truncated file", () => {
    const text = fixture("j301_1.sm").split("\n").slice(0, 30).join("\n");
    expect(parseError(text).message).toMatch(/^broken\.sm:\d+: expected /);
  });
});

describe("writePsplib", () => {
  for (const name of ["j301_1.sm", "j3013_1.sm", "j102_2.mm", "r510_1.mm"]) {
    it(`round-trips ${name}`, () => {
      const p = parsePsplib(fixture(name), name);
      expect(parsePsplib(writePsplib(p), name)).toEqual(p);
    });
  }

  it("refuses what PSPLIB cannot express (SS precedences)", () => {
    const p = parsePsplib(fixture("j301_1.sm"), "j301_1.sm");
    const ss = { ...p, precedences: [{ from: 0, to: 1, type: "SS" as const, lag: 2 }] };
    expect(() => writePsplib(ss)).toThrow(/cannot be written in PSPLIB format/);
  });
});

const formatFixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/formats/${name}`, import.meta.url), "utf8");

describe("parsePsplib on MMLIB files (tab-separated, no horizon, no project information)", () => {
  it("reads jobs, modes on continuation rows, both resource kinds and the availabilities", () => {
    const p = parsePsplib(formatFixture("mmlib-small.mm"), "sets/mmlib-small.mm");
    expect(p.name).toBe("mmlib-small");
    expect(p.horizon).toBeUndefined();
    expect(p.activities).toHaveLength(6);
    expect(p.activities[3]!.modes).toEqual([
      { duration: 1, renewable: [0, 4], nonRenewable: [6, 0] },
      { duration: 2, renewable: [0, 3], nonRenewable: [3, 0] },
      { duration: 6, renewable: [0, 1], nonRenewable: [0, 1] },
    ]);
    expect(p.renewable).toEqual([
      { id: "R1", capacity: 4 },
      { id: "R2", capacity: 4 },
    ]);
    expect(p.nonRenewable).toEqual([
      { id: "N1", capacity: 10 },
      { id: "N2", capacity: 6 },
    ]);
    expect(p.precedences).toContainEqual({ from: 3, to: 5, type: "FS", lag: 0 });
  });

  it("reports a bad mode row with file and line", () => {
    const lines = formatFixture("mmlib-small.mm").split("\n");
    const at = lines.findIndex((l) => l.startsWith("3\t1\t2"));
    lines[at] = "3\t1\ttwo\t3\t2\t4\t0";
    const e = parseError(lines.join("\n"), "mmlib-small.mm");
    expect(e.message).toBe(
      `mmlib-small.mm:${at + 1}: expected the requests of every job and mode (integers), got "two"`,
    );
  });
});

describe("parsePsplib on Patterson .rcp files", () => {
  it("reads activities whose numbers run over several lines", () => {
    const p = parsePsplib(formatFixture("patterson-small.rcp"), "patterson-small.rcp");
    expect(p.activities).toHaveLength(7);
    expect(p.renewable.map((r) => r.capacity)).toEqual([4, 3]);
    expect(p.activities[4]!.modes).toEqual([{ duration: 5, renewable: [1, 2], nonRenewable: [] }]);
    expect(p.precedences).toContainEqual({ from: 4, to: 6, type: "FS", lag: 0 });
    expect(p.precedences.filter((e) => e.from === 0).map((e) => e.to)).toEqual([1, 2, 3]);
  });

  it("reports a successor out of range with file and line", () => {
    const text = formatFixture("patterson-small.rcp").replace("4 2 2 1 6", "4 2 2 1 9");
    expect(parseError(text, "p.rcp").message).toBe(
      "p.rcp:5: expected successor numbers 1..7 other than 3, got 9",
    );
  });

  it("reports a truncated file with the last line", () => {
    const text = formatFixture("patterson-small.rcp").trimEnd().split("\n").slice(0, -1).join("\n");
    expect(parseError(text, "p.rcp").message).toBe(
      "p.rcp:9: expected the duration of activity 7, got the end of the file",
    );
  });
});
