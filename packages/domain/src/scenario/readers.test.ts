// parseScenario reads a valid scenario with js-yaml (fast, no positions) and everything else with
// `yaml` (positioned issues). These tests check that the two readers never disagree on what a
// document means, so an answer does not depend on which one ran.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { load } from "./fast-yaml.ts";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { EXPLICIT_TAG, parsePositioned, parseScenario } from "./parse.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join(ROOT, "examples", f));

/** What `yaml` makes of a document, or "error"; what js-yaml makes of it, or "refused". */
function both(text: string): { yaml: unknown; jsYaml: unknown } {
  if (EXPLICIT_TAG.test(text)) return { yaml: "tagged", jsYaml: "refused" };
  const doc = parseDocument(text, { uniqueKeys: true });
  const yamlValue = doc.errors.length > 0 ? "error" : doc.toJS({ maxAliasCount: 1000 });
  let jsYaml: unknown;
  try {
    jsYaml = load(text, { maxAliases: 0 });
  } catch {
    jsYaml = "refused";
  }
  return { yaml: yamlValue, jsYaml };
}

describe("the two YAML readers", () => {
  it("give the same scenario for every example", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    for (const file of EXAMPLES) {
      const text = readFileSync(file, "utf8");
      const fast = parseScenario(text, file);
      expect(fast.ok).toBe(true);
      expect(fast).toEqual(parsePositioned(text, file));
    }
  });

  it("agree on every plain scalar spelling YAML 1.2 core resolves (or js-yaml refuses)", () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        "~",
        "null",
        "Null",
        "NULL",
        "true",
        "True",
        "TRUE",
        "false",
        "FALSE",
        "yes",
        "no",
        "on",
        "off",
        ".inf",
        "-.inf",
        "+.INF",
        ".nan",
        ".NaN",
        "0",
        "-0",
        "+0",
        "012",
        "08",
        "0o17",
        "0o8",
        "0x1F",
        "-0x1",
        "0b101",
        "1_000",
        "1e3",
        "1E-3",
        "1.",
        ".5",
        "-.5",
        "1.0",
        "2025-07-01",
        "1:20",
        "9007199254740993",
        "0x",
        "1e",
        "+",
        "-",
        ".",
        "'5'",
        '"5"',
        "!!str 5",
        "!!int 5",
        "!!float 5",
        '"\\u0041"',
        "'it''s'",
        "a b",
        "#x",
        "[]",
        "{}",
      ),
      fc.stringMatching(/^[-+]?(0[box]?)?[0-9a-fA-F_.eE+-]{0,6}$/),
    );
    fc.assert(
      fc.property(scalar, (s) => {
        const { yaml, jsYaml } = both(`a: ${s}\n`);
        if (jsYaml !== "refused") expect(jsYaml).toEqual(yaml);
      }),
      { numRuns: 800 },
    );
  });

  it("agree on random documents in block and flow style", () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(value, fc.boolean(), fc.integer({ min: 0, max: 3 }), (v, flow, indent) => {
        const text = stringify(
          { root: v },
          { indent: indent + 2, ...(flow ? { collectionStyle: "flow" } : {}) },
        );
        const { yaml, jsYaml } = both(text);
        if (jsYaml !== "refused") expect(jsYaml).toEqual(yaml);
        // A document `yaml` accepts and js-yaml refuses still parses: the positioned reader decides.
      }),
      { numRuns: 500 },
    );
  });

  it("refuse duplicate keys and leave aliases to the positioned reader", () => {
    expect(both("a: 1\na: 2\n").jsYaml).toBe("refused");
    expect(both("a: &x 1\nb: *x\n").jsYaml).toBe("refused");
    const text = readFileSync(EXAMPLES[0]!, "utf8");
    // An anchor and an alias in a real scenario: same answer as without them.
    const withAlias = text.replace(/^program:/m, "x-anchor: &unused 1\nx-alias: *unused\nprogram:");
    expect(parseScenario(withAlias, "f.yaml")).toEqual(parsePositioned(withAlias, "f.yaml"));
  });
});
