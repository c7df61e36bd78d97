import { readFileSync } from "node:fs";
import { decodeText } from "../input/decode-text.ts";
import { csvRowsWithHeader } from "../input/read-csv.ts";
import { samplePath } from "../source.ts";

/**
 * Country code tables built from the shipped CEPII BACI country table (Etalab 2.0), plus the codes the
 * table leaves out: Taiwan (BACI/Comtrade 490 "Other Asia, nes"), and English names used by sanctions
 * lists that differ from BACI's abbreviations.
 */
export const BACI_COUNTRY_TABLE = samplePath("open", "baci", "baci_country_codes_V2022.csv");

interface CountryTables {
  iso2ToIso3: Map<string, string>;
  iso3: Set<string>;
  nameToIso3: Map<string, string>;
}

const EXTRA_NAMES: Record<string, string> = {
  taiwan: "TWN",
  "other asia nes": "TWN",
  russia: "RUS",
  "russian federation": "RUS",
  iran: "IRN",
  "north korea": "PRK",
  "korea north": "PRK",
  "south korea": "KOR",
  "korea south": "KOR",
  korea: "KOR",
  "hong kong": "HKG",
  macau: "MAC",
  macao: "MAC",
  burma: "MMR",
  vietnam: "VNM",
  laos: "LAO",
  syria: "SYR",
  "united states": "USA",
  "united states of america": "USA",
  usa: "USA",
  "united kingdom": "GBR",
  uk: "GBR",
  "czech republic": "CZE",
  turkiye: "TUR",
  "cote d ivoire": "CIV",
  "congo democratic republic of the": "COD",
  "democratic republic of the congo": "COD",
  "congo republic of the": "COG",
  moldova: "MDA",
  tanzania: "TZA",
  bolivia: "BOL",
  "bosnia and herzegovina": "BIH",
  "north macedonia": "MKD",
  macedonia: "MKD",
  "west bank": "PSE",
  palestine: "PSE",
  "gaza strip": "PSE",
  kosovo: "XKX",
  "region crimea": "UKR",
  crimea: "UKR",
  "virgin islands british": "VGB",
  "british virgin islands": "VGB",
  "cayman islands": "CYM",
  "marshall islands": "MHL",
  "solomon islands": "SLB",
  curacao: "CUW",
  eswatini: "SWZ",
  "cabo verde": "CPV",
  "cape verde": "CPV",
  "timor leste": "TLS",
  "east timor": "TLS",
  brunei: "BRN",
  "saint kitts and nevis": "KNA",
  "st kitts and nevis": "KNA",
  "central african republic": "CAF",
  "dominican republic": "DOM",
  "sao tome and principe": "STP",
};

const EXTRA_ISO2: Record<string, string> = { TW: "TWN", XK: "XKX" };

let tables: CountryTables | undefined;

/** Lower-case ASCII words only, for matching country names written in different ways. */
export function countryNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

function load(): CountryTables {
  if (tables) return tables;
  const file = BACI_COUNTRY_TABLE;
  const { text } = decodeText(readFileSync(file), file);
  const rows = csvRowsWithHeader(text, file, ["country_code", "iso_2digit_alpha", "iso_3digit_alpha"]);
  const iso2ToIso3 = new Map<string, string>(Object.entries(EXTRA_ISO2));
  const iso3 = new Set<string>(["TWN", "XKX"]);
  const nameToIso3 = new Map<string, string>();
  for (const r of rows) {
    const a3 = r.get("iso_3digit_alpha");
    const a2 = r.get("iso_2digit_alpha");
    if (!/^[A-Z]{3}$/.test(a3)) continue;
    iso3.add(a3);
    if (/^[A-Z]{2}$/.test(a2) && !iso2ToIso3.has(a2)) iso2ToIso3.set(a2, a3);
    for (const n of [r.get("country_name_abbreviation"), r.get("country_name_full")]) {
      const key = countryNameKey(n);
      if (key && !nameToIso3.has(key)) nameToIso3.set(key, a3);
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) nameToIso3.set(name, code);
  tables = { iso2ToIso3, iso3, nameToIso3 };
  return tables;
}

/** ISO alpha-2 or alpha-3 (any case) → alpha-3, or undefined when unknown. */
export function toIso3(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  const t = load();
  if (c.length === 2) return t.iso2ToIso3.get(c);
  if (c.length === 3 && t.iso3.has(c)) return c;
  return undefined;
}

/** An English country name as written on sanctions lists ("Russia", "Korea, North") → alpha-3. */
export function countryNameToIso3(name: string): string | undefined {
  return load().nameToIso3.get(countryNameKey(name));
}
