import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** The fontsource stylesheets embedded in every PDF: Latin and Cyrillic (Noto Sans), CJK (Noto Sans SC). */
const SHEETS = [
  "@fontsource/noto-sans/400.css",
  "@fontsource/noto-sans/700.css",
  "@fontsource/noto-sans-sc/400.css",
  "@fontsource/noto-sans-sc/700.css",
];

let cached: string | undefined;

/**
 * `@font-face` rules for the shipped Noto fonts, with absolute file URLs: Chromium loads only the
 * unicode-range slices a brief uses and embeds their glyphs in the PDF, so the PDF reads the same
 * on a machine without these fonts.
 */
export function embeddedFontCss(): string {
  if (cached !== undefined) return cached;
  cached = SHEETS.map((sheet) => {
    const path = require.resolve(sheet);
    const base = dirname(path);
    return readFileSync(path, "utf8").replace(
      /url\(\.\/files\/([^)]+)\)/g,
      (_, file: string) => `url(${pathToFileURL(join(base, "files", file)).href})`,
    );
  }).join("\n");
  return cached;
}
