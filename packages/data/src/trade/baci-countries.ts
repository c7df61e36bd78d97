import { readFile } from "node:fs/promises";
import { BACI_COUNTRY_TABLE } from "../countries/country-codes.ts";
import { badInput } from "../errors.ts";
import { decodeText } from "../input/decode-text.ts";
import { csvRowsWithHeader } from "../input/read-csv.ts";

/**
 * Numeric codes BACI (and Comtrade) use where the ISO numeric code differs or the table has no ISO code:
 * 490 "Other Asia, nes" is Taiwan; 699 India, 842 USA, 251 France, 579 Norway, 757 Switzerland include
 * territories. Mapping 490 → TWN explicitly matters: Taiwan is a top chip exporter.
 */
const NON_ISO: Record<number, string> = {
  490: "TWN",
  699: "IND",
  842: "USA",
  251: "FRA",
  579: "NOR",
  757: "CHE",
};

const cache = new Map<string, Map<number, string>>();

/**
 * Reads a BACI country table in either layout (V2022: `iso_3digit_alpha`; V2024+: `country_iso3`) into
 * numeric code → ISO alpha-3. Codes without an ISO code (e.g. 697 "Europe EFTA, nes") are left out, so a
 * flow naming them is reported as an unknown code.
 */
export async function loadBaciCountryTable(file: string = BACI_COUNTRY_TABLE): Promise<Map<number, string>> {
  const cached = cache.get(file);
  if (cached) return cached;
  const { text } = decodeText(await readFile(file), file);
  const firstLine = text.slice(0, text.indexOf("\n"));
  const iso3Column = firstLine.includes("country_iso3") ? "country_iso3" : "iso_3digit_alpha";
  const rows = csvRowsWithHeader(text, file, ["country_code", iso3Column]);
  const table = new Map<number, string>();
  for (const r of rows) {
    const code = Number(r.get("country_code"));
    if (!Number.isInteger(code)) {
      throw badInput(
        file,
        r.line,
        1,
        `expected a numeric country_code, got "${r.get("country_code")}"`,
        "fix the table",
      );
    }
    const iso3 = r.get(iso3Column);
    if (/^[A-Z]{3}$/.test(iso3)) table.set(code, iso3);
  }
  for (const [code, iso3] of Object.entries(NON_ISO)) table.set(Number(code), iso3);
  cache.set(file, table);
  return table;
}
