import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importTradeFile } from "./import-trade-file.ts";

const dir = mkdtempSync(join(tmpdir(), "layouts-"));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe("other real layouts", () => {
  it("reads a legacy Comtrade export (Trade Flow Code 1/2, Trade Value (US$)) and keeps 6-digit rows over 4-digit totals", async () => {
    const header =
      "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag";
    const file = write(
      "legacy.csv",
      [
        header,
        'H5,2019,2019,2019,4,0,1,Import,699,India,IND,490,"Other Asia, nes",,8542,ICs,,,,,900,0',
        'H5,2019,2019,2019,6,1,1,Import,699,India,IND,490,"Other Asia, nes",,854231,Processors,,,10,,600,0',
        "H5,2019,2019,2019,6,1,1,Import,699,India,IND,156,China,CHN,854232,Memories,,,,,300,0",
        "H5,2019,2019,2019,6,1,3,Re-export,699,India,IND,156,China,CHN,854232,Memories,,,,,5,0",
        "",
      ].join("\n"),
    );
    const r = await importTradeFile(file);
    expect(r.flows.map((f) => [f.partner, f.hs, f.valueUsd])).toEqual([
      ["TWN", "854231", 600],
      ["CHN", "854232", 300],
    ]);
    expect(r.filteredOut).toBe(1);
  });

  it("accepts the newer BACI country table layout (country_iso3) and a BACI file without a header", async () => {
    const table = write(
      "country_codes_V202401.csv",
      "country_code,country_name,country_iso2,country_iso3\n490,Other Asia nes,S19,S19\n156,China,CN,CHN\n643,Russian Federation,RU,RUS\n",
    );
    const data = write(
      "BACI_HS17_Y2022_V202401.csv",
      "2022,156,643,854231,12.5,1\n2022,490,643,854232,2,NA\n",
    );
    const r = await importTradeFile(data, { countryTable: table });
    expect(r.flows.map((f) => [f.reporter, f.partner, f.valueUsd])).toEqual([
      ["RUS", "CHN", 12_500],
      ["RUS", "TWN", 2_000],
    ]);
    expect([r.source, r.dataDate]).toEqual(["CEPII BACI V202401 (Etalab 2.0)", "2024-01"]);
  });

  it("accepts a UTF-8 byte-order mark", async () => {
    const r = await importTradeFile(write("bom.csv", "\ufefft,i,j,k,v,q\n2022,156,699,854231,1,1\n"));
    expect(r.flows).toHaveLength(1);
  });
});
