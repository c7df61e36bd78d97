import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";
import { parseWeights } from "./scenario.ts";

const root = join(import.meta.dirname, "../../../..");
const examples = join(root, "examples");

const run = runCli;

const exampleFiles = readdirSync(examples).filter((f) => f.endsWith(".yaml"));

describe("chiproad validate", () => {
  it("finds the example scenarios", () => {
    expect(exampleFiles).toContain("russia-coprocessor.yaml");
    expect(exampleFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of exampleFiles) {
    it(`accepts examples/${file} (exit 0 with a summary)`, async () => {
      const r = await run("validate", join(examples, file));
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/valid scenario/);
    });
  }

  it("lists every issue as file:line:col and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-validate-"));
    const file = join(dir, "bad.yaml");
    const text = readFileSync(join(examples, "russia-coprocessor.yaml"), "utf8")
      .replace("timeUnit: week", "timeUnit: fortnight")
      .replace("{ input: N16, source", "{ input: N9999, source");
    writeFileSync(file, text);
    const r = await run("validate", file);
    expect(r.status).toBe(2);
    const lines = text.split("\n");
    const unitLine = lines.findIndex((l) => l.includes("timeUnit: fortnight")) + 1;
    const inputLine = lines.findIndex((l) => l.includes("N9999")) + 1;
    const inputColumn = (lines[inputLine - 1] ?? "").indexOf("N9999") + 1;
    expect(r.stderr).toContain(
      `${file}:${unitLine}:13 program.timeUnit: got "fortnight" (use one of: day, week)`,
    );
    expect(r.stderr).toContain(
      `${file}:${inputLine}:${inputColumn} targets[0].inputs[5].input: unknown value-chain input "N9999"`,
    );
  });

  it("answers a missing file with exit 2 and the path", async () => {
    const r = await run("validate", join(examples, "no-such.yaml"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no-such.yaml: no such file");
  });

  it("keeps examples/scenario.schema.json equal to the printed schema", async () => {
    const r = await run("validate", "--print-schema");
    expect(r.status).toBe(0);
    const committed = readFileSync(join(examples, "scenario.schema.json"), "utf8");
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(committed));
  });
});

describe("chiproad gaps and partners", () => {
  const russia = join(examples, "russia-coprocessor.yaml");

  it("prints the gap report as JSON", async () => {
    const r = await run("gaps", russia, "--format", "json");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { gaps: { id: string; generationsBehind?: { nodes: number } }[] };
    const litho = report.gaps.find((g) => g.id === "coprocessor:N25");
    expect(litho?.generationsBehind?.nodes).toBe(3);
  });

  it("prints partner fit with unlawful options named by rule, and applies --weights", async () => {
    const r = await run("partners", russia, "--format", "json", "--weights", "cost=0.5");
    expect(r.status).toBe(0);
    const fit = JSON.parse(r.stdout) as {
      weights: { cost: number };
      options: { partnerId: string; lawful: boolean; rule?: string }[];
    };
    expect(fit.weights.cost).toBe(0.5);
    const korea = fit.options.filter((o) => o.partnerId === "kor");
    expect(korea.length).toBeGreaterThan(0);
    expect(korea.every((o) => !o.lawful && o.rule === "kr-russia-strategic")).toBe(true);
    expect(fit.options.some((o) => o.rule === "sanctions:ofac-sdn")).toBe(true);
  });

  it("uses a trade file's import shares of the programme country for HHI (--trade)", async () => {
    const trade = join(root, "packages/data/samples/trade/comtrade-plus-synthetic.csv");
    const r = await run(
      "partners",
      join(examples, "india-mcu-osat.yaml"),
      "--format",
      "json",
      "--trade",
      trade,
    );
    expect(r.status).toBe(0);
    const fit = JSON.parse(r.stdout) as { options: { hhiBefore?: number; dependenceBasis?: string }[] };
    expect(fit.options.every((o) => o.dependenceBasis === "market" && (o.hhiBefore ?? 0) > 0)).toBe(true);
  });

  it("rejects an unknown weight name with exit 2", async () => {
    const r = await run("partners", russia, "--weights", "speed=1");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--weights: "speed=1"');
  });
});

describe("parseWeights", () => {
  it("reads name=value pairs", () => {
    expect(parseWeights("cost=0.3, risk=0")).toEqual({ cost: 0.3, risk: 0 });
    expect(parseWeights(undefined)).toEqual({});
  });

  it("rejects negative or non-numeric values", () => {
    expect(() => parseWeights("cost=-1")).toThrow(/non-negative/);
    expect(() => parseWeights("cost=abc")).toThrow(/non-negative/);
    expect(() => parseWeights("cost")).toThrow(/criterion=value/);
  });
});
