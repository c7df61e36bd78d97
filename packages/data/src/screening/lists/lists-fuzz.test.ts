import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplePath } from "../../source.ts";
import { loadListRelease } from "./load-list.ts";

const dir = mkdtempSync(join(tmpdir(), "chiproad-lists-fuzz-"));
let n = 0;

const FIXTURES: [string, string][] = [
  ["ofac-sdn.xml", samplePath("lists", "ofac-sdn.xml")],
  ["eu-fsf.xml", samplePath("lists", "eu-fsf.xml")],
  ["un-consolidated.xml", samplePath("lists", "un-consolidated.xml")],
  ["ConList.csv", samplePath("lists", "uk-v1", "ConList.csv")],
];

/**
 * A damaged list file (cut anywhere, a byte changed) is either still a valid list or rejected with a
 * located BAD_INPUT error (file:line:column or file:XPath) — never a crash, never a half-read list.
 */
describe("list importers on damaged files", () => {
  it.each(FIXTURES)("%s: cut or altered anywhere, only located BAD_INPUT errors", async (name, path) => {
    const original = readFileSync(path);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: original.length }),
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { nil: undefined }),
        async (cut, flip) => {
          const bytes = Buffer.from(original.subarray(0, cut));
          if (flip && bytes.length > 0) bytes[flip[0] % bytes.length] = flip[1];
          const sub = join(dir, String(n++));
          mkdirSync(sub);
          const file = join(sub, name);
          writeFileSync(file, bytes);
          let release: Awaited<ReturnType<typeof loadListRelease>> | undefined;
          try {
            release = await loadListRelease(file);
          } catch (error) {
            expect((error as { code?: unknown }).code).toBe("BAD_INPUT");
            expect((error as Error).message.startsWith(`${file}:`)).toBe(true);
            expect((error as Error).message.slice(file.length)).toMatch(/^:(\d+:\d+|\/[^:]+): /);
          }
          if (release) {
            expect(release.entities.length).toBeGreaterThan(0);
            for (const e of release.entities) expect(e.datasetVersion).toBe(release.version);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
