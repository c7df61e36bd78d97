import type { ValueChain } from "@chiproad/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ScenarioError } from "./error.ts";
import { scenarioJsonSchema } from "./json-schema.ts";
import { minimalScenarioInput } from "./minimal.ts";
import { parseScenario, parseScenarioOrThrow } from "./parse.ts";

const valid = stringify(minimalScenarioInput());

function issuesOf(text: string, opts = {}) {
  const r = parseScenario(text, "s.yaml", opts);
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

describe("parseScenario", () => {
  it("accepts the minimal scenario in YAML and applies defaults", () => {
    const r = parseScenario(valid, "s.yaml");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.rules.sanctions.threshold).toBe(0.85);
    expect(r.scenario.partners[0]?.offers[0]?.costFactor).toBe(1);
    expect(r.scenario.scoring.weights.coverage).toBeGreaterThan(0);
  });

  it("accepts the same scenario written as JSON", () => {
    const r = parseScenario(JSON.stringify(minimalScenarioInput(), null, 2), "s.json");
    expect(r.ok).toBe(true);
  });

  it("positions a wrong type at the value's line and column", () => {
    const text = valid.replace("horizon: 260", 'horizon: "five years"');
    const line = text.split("\n").findIndex((l) => l.includes("horizon:")) + 1;
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ file: "s.yaml", line, column: 12, path: "program.horizon" });
    expect(issue?.message).toContain("expected number");
    expect(issue?.hint).toContain("number");
  });

  it("positions an unknown field at its key and suggests the near name", () => {
    const text = valid.replace("  dueDate: 2026-01-01", "  dueDat: 2026-01-01");
    const issues = issuesOf(text);
    const unknown = issues.find((i) => i.message.includes('unknown field "dueDat"'));
    const line = text.split("\n").findIndex((l) => l.includes("dueDat:")) + 1;
    expect(unknown).toMatchObject({ line, column: 5, path: "targets[0]", hint: 'did you mean "dueDate"?' });
    // The missing required field is reported at the same time.
    expect(issues.some((i) => i.path === "targets[0].dueDate" && i.message.includes("missing"))).toBe(true);
  });

  it("reports every problem at once, sorted by position", () => {
    const text = valid
      .replace("timeUnit: week", "timeUnit: month")
      .replace("startDate: 2025-01-01", "startDate: 2025-13-01")
      .replace("localization: 0.9", "localization: 1.5");
    const issues = issuesOf(text);
    expect(issues.map((i) => i.path)).toEqual([
      "program.startDate",
      "program.timeUnit",
      "models[0].localization",
    ]);
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((a, b) => a - b));
    expect(issues[1]?.hint).toBe("use one of: day, week");
  });

  it("reports YAML syntax errors with their position", () => {
    const issues = issuesOf("program:\n  id: [unclosed\n");
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(issues[0]?.hint).toBeDefined();
  });

  it("reports a duplicate key in a mapping", () => {
    const issues = issuesOf(
      valid.replace("  name: Test programme\n", "  name: Test programme\n  name: Again\n"),
    );
    expect(issues[0]?.hint).toContain("once");
  });

  it("reports a duplicate partner id as an error at the second id", () => {
    const input = minimalScenarioInput();
    input.partners = [...(input.partners ?? []), { id: "p1", name: "Copy", country: "IND" }];
    const text = stringify(input);
    const issues = issuesOf(text);
    const second = text.split("\n").findLastIndex((l) => l.trim() === "- id: p1");
    expect(issues).toEqual([
      expect.objectContaining({
        path: "partners[1].id",
        line: second + 1,
        message: 'duplicate partner id "p1"',
      }),
    ]);
  });

  it("reports unknown references to firms, models, pools and facilities", () => {
    const input = minimalScenarioInput();
    const partner = input.partners?.[0];
    if (partner?.offers?.[0]) {
      partner.offers[0].firm = "ghost";
      partner.offers[0].models = ["jv"];
    }
    const wp = input.models?.[0]?.workPackages[0];
    if (wp) {
      wp.pool = "nobody";
      wp.facility = "nowhere";
    }
    input.workforce = { pools: [{ id: "eng", name: "Engineers", initial: 10 }] };
    const messages = issuesOf(stringify(input)).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual([
      'partners[0].offers[0].firm: unknown partner firm "ghost"',
      'partners[0].offers[0].models[0]: unknown collaboration model "jv"',
      'models[0].workPackages[0].pool: unknown engineer pool "nobody"',
      'models[0].workPackages[0].facility: unknown facility "nowhere"',
    ]);
  });

  it("reports an unknown value-chain input when the chain is given", () => {
    const chain = { inputs: [{ id: "N25", name: "Photolithography", type: "process" }], stages: [] };
    const text = valid.replace("input: N25\n    counterparts", "input: N9999\n    counterparts");
    const issues = issuesOf(text, { chain: chain as unknown as ValueChain });
    expect(issues.map((i) => i.path)).toEqual(["targets[0].inputs[0].input"]);
    expect(issues[0]?.message).toBe('unknown value-chain input "N9999"');
  });

  it("reports unknown references even when the schema also fails", () => {
    const input = minimalScenarioInput();
    if (input.targets[0]) input.targets[0].counterparts = ["ghost"];
    const text = stringify(input).replace("horizon: 260", "horizon: -1");
    const paths = issuesOf(text).map((i) => i.path);
    expect(paths).toEqual(["program.horizon", "targets[0].counterparts[0]"]);
  });

  it("rejects a cycle among milestones", () => {
    const input = minimalScenarioInput();
    input.milestones = [
      { id: "a", name: "A", duration: 1, after: ["b"] },
      { id: "b", name: "B", duration: 1, after: ["a"] },
    ];
    expect(issuesOf(stringify(input))[0]?.message).toContain("depends on itself");
  });

  it("throws a BAD_INPUT ScenarioError whose message lists one issue per line", () => {
    const text = valid.replace("timeUnit: week", "timeUnit: month").replace("horizon: 260", "horizon: x");
    try {
      parseScenarioOrThrow(text, "s.yaml");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const err = e as ScenarioError;
      expect(err.code).toBe("BAD_INPUT");
      expect(err.message.split("\n")).toHaveLength(2);
      expect(err.message).toMatch(/^s\.yaml:\d+:\d+ program\.horizon: expected number/);
    }
  });

  it("never throws, and every issue has a position inside the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseScenario(text, "f.yaml");
        if (r.ok) return;
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const i of r.issues) {
          expect(i.line).toBeGreaterThanOrEqual(1);
          expect(i.line).toBeLessThanOrEqual(lines + 1);
          expect(i.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips: a printed valid scenario parses to the same value (property over volumes and dates)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        // Due dates on or after the programme start (2025-01-01): earlier ones are rejected.
        fc.date({ min: new Date("2025-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (volume, date) => {
          const input = minimalScenarioInput();
          const target = input.targets[0];
          if (!target) return;
          target.volume = volume;
          target.dueDate = date.toISOString().slice(0, 10);
          const first = parseScenario(stringify(input), "a.yaml");
          expect(first.ok).toBe(true);
          if (!first.ok) return;
          const second = parseScenario(stringify(first.scenario), "b.yaml");
          expect(second).toEqual(first);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("scenarioJsonSchema", () => {
  it("describes the input with ids for editors and forbids unknown fields", () => {
    const schema = scenarioJsonSchema() as {
      title: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.title).toBe("chiproad scenario");
    expect(schema.required).toEqual(["program", "targets"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("partners");
  });
});

describe("parseScenario on JSON", () => {
  it("positions an issue in a JSON file at the value's line and column", () => {
    const input = minimalScenarioInput();
    const text = JSON.stringify(input, null, 2).replace('"volume": 1000', '"volume": "lots"');
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"volume"')) + 1;
    const column = (lines[line - 1] ?? "").indexOf('"lots"') + 1;
    const r = parseScenario(text, "s.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({ file: "s.json", line, column, path: "targets[0].volume" }),
    ]);
  });
});
