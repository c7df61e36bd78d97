import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";
import { parseThreshold } from "./chain.ts";

const run = runCli;

describe("chiproad market report", () => {
  it("prints the JSON contract from the shipped SYNTHETIC sample when no --data is given", async () => {
    const r = await run(
      "market",
      "report",
      "--importer",
      "IND",
      "--hs",
      "8542",
      "--from",
      "2020",
      "--to",
      "2022",
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["importer", "hs", "years", "fastestGrowing", "source", "dataDate"]),
    );
    expect(report.source).toMatch(/SYNTHETIC/);
    expect(report.years.map((y: { year: number }) => y.year)).toEqual([2020, 2021, 2022]);
    for (const y of report.years) {
      expect(y.hhi).toBeGreaterThan(0);
      expect(y.hhi).toBeLessThanOrEqual(10000);
      for (const s of y.suppliers) expect(s.share).toBeGreaterThanOrEqual(0);
      const sum = y.suppliers.reduce((a: number, s: { share: number }) => a + s.share, 0);
      expect(sum).toBeCloseTo(1, 4);
    }
  });

  it("reads a Comtrade file given with --data and reports the mirrored importer", async () => {
    const file = join(import.meta.dirname, "../../../data/samples/trade/comtrade-plus-synthetic.csv");
    const r = await run("market", "report", "--importer", "BGD", "--data", file, "--format", "md");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/# Imports of HS 8542 by BGD/);
    expect(r.stdout).toMatch(/\| CHN \|/);
  });

  it("exits 2 with file:row:col for a broken file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "market-"));
    const file = join(dir, "bad.csv");
    writeFileSync(file, "t,i,j,k,v,q\n2022,490,699,854231,x,1\n");
    const r = await run("market", "report", "--importer", "IND", "--data", file, "--format-in", "baci");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:2:5: expected a number in column v/);
  });
});

describe("chiproad chain", () => {
  it("lists chokepoints above a percentage threshold", async () => {
    const r = await run("chain", "chokepoints", "--top", "1", "--threshold", "95");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.threshold).toBe(0.95);
    expect(out.chokepoints.some((c: { inputId: string }) => c.inputId === "N20")).toBe(true);
    expect(out.source.license).toBe("CC BY-NC 4.0");
  });

  it("lists the gaps of a country in Markdown with the attribution line", async () => {
    const r = await run("chain", "gaps", "--country", "IND", "--format", "md");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/# What IND lacks/);
    expect(r.stdout).toMatch(/Emerging Technology Observatory/);
  });

  it("accepts shares or percentages as thresholds and rejects the rest", () => {
    expect(parseThreshold("0.7")).toBe(0.7);
    expect(parseThreshold("70")).toBe(0.7);
    expect(() => parseThreshold("abc")).toThrow(/--threshold/);
  });
});

describe("chiproad screen", () => {
  it("finds a Cyrillic name and explains the match", async () => {
    const r = await run("screen", "--name", "Захаров Александр", "--country", "RU");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query.name).toBe("Захаров Александр");
    expect(out.matches[0].name).toMatch(/ZAKHAROV/i);
    expect(out.matches[0].explanation.join(" ")).toMatch(/country RUS matches/);
    expect(out.matches[0].explanationMessages.map((m: { code: string }) => m.code)).toContain(
      "screen.country",
    );
    expect(out.matches[0]).toHaveProperty("list");
  });

  it("screens a CSV batch into an array of results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "screen-"));
    const file = join(dir, "q.csv");
    writeFileSync(file, "name,country\nKalashnikov Concern,RU\nInfineon Technologies,DE\n");
    const r = await run("screen", "--file", file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0].matches.length).toBeGreaterThan(0);
    expect(out[1].matches).toEqual([]);
  });

  it("exits 2 without a name or file", async () => {
    const r = await run("screen");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/give --name/);
  });
});
