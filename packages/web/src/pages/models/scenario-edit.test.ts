import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { applyEdits } from "./scenario-edit.ts";

const yamlText = `# Example programme
partners:
  - id: kor
    name: Korea Partner   # assumption: name only
    regimes: [wassenaar]
    offers:
      - input: N25
        capacity: 100
        costFactor: 1.2
`;

describe("designer edits to the scenario text", () => {
  it("changes the edited fields and keeps the user's comments", () => {
    const out = applyEdits(yamlText, [
      { path: ["partners", 0, "offers", 0, "costFactor"], value: 1.5 },
      { path: ["partners", 0, "regimes"], value: ["wassenaar", "US-EAR"] },
    ]);
    expect(out).toContain("# Example programme");
    expect(out).toContain("# assumption: name only");
    const parsed = parse(out);
    expect(parsed.partners[0].offers[0].costFactor).toBe(1.5);
    expect(parsed.partners[0].regimes).toEqual(["wassenaar", "US-EAR"]);
  });

  it("removes a field edited to undefined (back to the schema default)", () => {
    const out = applyEdits(yamlText, [
      { path: ["partners", 0, "offers", 0, "costFactor"], value: undefined },
    ]);
    expect(parse(out).partners[0].offers[0]).toEqual({ input: "N25", capacity: 100 });
  });

  it("edits JSON scenarios too, since YAML reads JSON", () => {
    const out = applyEdits('{"partners":[{"id":"ind","offers":[]}]}', [
      { path: ["partners", 0, "name"], value: "India" },
    ]);
    expect(parse(out).partners[0]).toEqual({ id: "ind", offers: [], name: "India" });
  });

  it("refuses to edit a text that does not parse", () => {
    expect(() => applyEdits("a: [", [])).toThrow();
  });
});
