import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importTradeFile, loadEntities, loadFabs, nameTokens, ScreeningIndex } from "../src/index.ts";

const CODES = new Set(["BAD_INPUT", "NOT_FOUND"]);
const dir = mkdtempSync(join(tmpdir(), "chiproad-fuzz-"));
let n = 0;

/** Resolves, or rejects with a coded user error — never a crash. */
async function onlyCodedErrors(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !CODES.has(code)) throw error;
    expect((error as Error).message).toMatch(/:\d+:\d+: /);
  }
}

/** Text that looks like the format some of the time: fragments of valid rows, separators, junk bytes. */
const csvish = (fragments: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...fragments),
        fc.string({ maxLength: 8 }),
        fc.constantFrom(",", "\n", "\r\n", '"', "\x1a"),
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(""));

const bytes = fc.uint8Array({ maxLength: 200 });

function file(name: string, content: string | Uint8Array): string {
  const sub = join(dir, String(n++));
  mkdirSync(sub);
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
}

describe("parsers never crash on arbitrary input", () => {
  it("BACI importer", async () => {
    const text = csvish(["t,i,j,k,v,q\n", "2022,490,699,854231,1.5,2\n", "NA", "999", "1e5", "-3", "\ufeff"]);
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, bytes), async (content) => {
        await onlyCodedErrors(() => importTradeFile(file("t.csv", content), { format: "baci" }));
      }),
      { numRuns: 150 },
    );
  });

  it("Comtrade importer", async () => {
    const header =
      "refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue,qty\n";
    const text = csvish([header, "2022,699,IND,M,490,S19,854231,100,1\n", "X", "0", '"a,b"', "W00"]);
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, bytes), async (content) => {
        await onlyCodedErrors(() => importTradeFile(file("c.csv", content), { format: "comtrade" }));
      }),
      { numRuns: 150 },
    );
  });

  it("OFAC SDN and FtM loaders", async () => {
    const sdn = csvish([
      '36,"AERO",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970."\r\n',
      "-0- ",
      "individual",
    ]);
    const ftm = csvish([
      '{"id":"a","schema":"Person","properties":{"name":["X"]}}\n',
      "[",
      "]",
      "{",
      "}",
      "null",
    ]);
    await fc.assert(
      fc.asyncProperty(sdn, ftm, async (a, b) => {
        await onlyCodedErrors(() => loadEntities([file("sdn.csv", a)]));
        await onlyCodedErrors(() => loadEntities([file("x.ftm.json", b)]));
      }),
      { numRuns: 150 },
    );
  });

  it("fab list loaders", async () => {
    const yaml = csvish(["facilities:\n", "  - id: a\n", "    name: b\n", ": :", "- ["]);
    await fc.assert(
      fc.asyncProperty(yaml, async (content) => {
        await onlyCodedErrors(() => loadFabs(file("f.yml", content)));
        await onlyCodedErrors(() => loadFabs(file("f.json", content)));
        await onlyCodedErrors(() => loadFabs(file("f.csv", content)));
      }),
      { numRuns: 100 },
    );
  });

  it("name normalization and screening accept any Unicode name", () => {
    const index = new ScreeningIndex([
      {
        id: "x",
        schema: "Person",
        name: "Ivan Petrov",
        aliases: ["Иван Петров", "伊万"],
        countries: ["RUS"],
        identifiers: ["123456"],
        addresses: [],
        list: "test",
        programs: [],
        datasetVersion: "t",
      },
    ]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (name) => {
        expect(Array.isArray(nameTokens(name))).toBe(true);
        if (name.trim() === "") return;
        const r = index.screen({ name }, { threshold: 0 });
        for (const m of r.matches) expect(m.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
