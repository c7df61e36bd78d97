import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeTextKind } from "./unsafe-text.ts";

/** Reference definition, by code unit: a high surrogate not followed by a low one, or a low one not after a high one. */
function loneSurrogateAt(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

describe("unsafeTextKind", () => {
  it("names NUL first, then lone surrogates, and passes paired ones (emoji, rare CJK)", () => {
    expect(unsafeTextKind("ООО «Микрон» 有限公司 😀 𠀀")).toBeUndefined();
    expect(unsafeTextKind("a\u0000b")).toBe("nul");
    expect(unsafeTextKind("\uD800\u0000")).toBe("nul");
    expect(unsafeTextKind("x\uD800")).toBe("lone-surrogate");
    expect(unsafeTextKind("\uDC00x")).toBe("lone-surrogate");
    expect(unsafeTextKind("\uDC00\uD800")).toBe("lone-surrogate");
  });

  it("agrees with the code-unit definition on random UTF-16 text", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0xd7fe, max: 0xe001 }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.constant(0),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const s = String.fromCharCode(...units);
        const expected = s.includes("\u0000") ? "nul" : loneSurrogateAt(s) ? "lone-surrogate" : undefined;
        expect(unsafeTextKind(s)).toBe(expected);
      }),
      { numRuns: 5000, seed: 12 },
    );
  });
});
