import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { embeddedFontCss } from "../src/fonts.ts";

describe("the fonts embedded in PDF briefs", () => {
  it("cover Latin, Cyrillic and CJK with files that exist, by absolute file URL", () => {
    const css = embeddedFontCss();
    expect(css).toContain("font-family: 'Noto Sans'");
    expect(css).toContain("font-family: 'Noto Sans SC'");
    expect(css).toMatch(/noto-sans-cyrillic-400-normal\.woff2/);
    const urls = [...css.matchAll(/url\((file:[^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(200);
    expect(css).not.toMatch(/url\(\.\//);
    for (const url of urls) expect(existsSync(fileURLToPath(url)), url).toBe(true);
  });
});
