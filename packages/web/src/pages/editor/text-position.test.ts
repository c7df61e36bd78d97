import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offsetOf } from "./text-position.ts";

describe("moving the caret to a validation issue", () => {
  it("finds line 2, column 3", () => {
    expect(offsetOf("ab\ncdef\n", 2, 3)).toBe(5);
  });

  it("clamps a column past the end of its line and a line past the end of the text", () => {
    expect(offsetOf("ab\ncd", 1, 99)).toBe(2);
    expect(offsetOf("ab\ncd", 9, 1)).toBe(5);
  });

  it("points at the character the line and column name", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", " ") }), { minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (lines, l, c) => {
          const line = (l % lines.length) + 1;
          const text = lines.join("\n");
          const chars = lines[line - 1] ?? "";
          if (chars.length === 0) return;
          const column = (c % chars.length) + 1;
          expect(text[offsetOf(text, line, column)]).toBe(chars[column - 1]);
        },
      ),
    );
  });
});
