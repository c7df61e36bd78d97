import { countryNameToIso3 } from "../countries/country-codes.ts";

export interface RemarkFacts {
  aliases: string[];
  birthDate?: string;
  countries: string[];
  identifiers: string[];
}

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/** "28 Sep 1973" → "1973-09-28"; "Sep 1973" → "1973-09"; "circa 1960" / "1960 to 1962" → "1960". */
export function ofacDate(text: string): string | undefined {
  const full = /(\d{1,2}) ([A-Za-z]{3}) (\d{4})/.exec(text);
  if (full) {
    const m = MONTHS[full[2]!.toLowerCase()];
    if (m) return `${full[3]}-${m}-${full[1]!.padStart(2, "0")}`;
  }
  const monthYear = /^([A-Za-z]{3}) (\d{4})/.exec(text);
  if (monthYear) {
    const m = MONTHS[monthYear[1]!.toLowerCase()];
    if (m) return `${monthYear[2]}-${m}`;
  }
  const year = /(\d{4})/.exec(text);
  return year ? year[1] : undefined;
}

const ID_LABEL =
  /^(?:alt\. )?([A-Z][A-Za-z.()/ -]*?(?:No\.|Number|ID|Passport|Code|Certificate|\(USCC\)))\s+(?=[A-Za-z0-9./-]*\d)([A-Za-z0-9][A-Za-z0-9./-]*)(?:\s+\(([^)]+)\))?/;

/**
 * Pulls aliases, date of birth, nationality/citizenship and identifiers out of an SDN `Remarks` field,
 * whose facts are separated by "; " (e.g. `DOB 28 Sep 1973; nationality Russia; Tax ID No. 7734 (Russia)`).
 */
export function parseRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { aliases: [], countries: [], identifiers: [] };
  const addCountry = (name: string) => {
    const iso3 = countryNameToIso3(name);
    if (iso3 && !facts.countries.includes(iso3)) facts.countries.push(iso3);
  };
  for (const part of remarks.split(/;\s*/)) {
    const seg = part.trim().replace(/\.$/, "");
    const aka = /^(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+'([^']+)'/.exec(seg);
    if (aka) {
      facts.aliases.push(aka[1]!);
      continue;
    }
    const dob = /^DOB (.+)/.exec(seg);
    if (dob) {
      if (facts.birthDate === undefined) {
        const d = ofacDate(dob[1]!);
        if (d) facts.birthDate = d;
      }
      continue;
    }
    const nat = /^(?:alt\. )?(?:nationality|citizen|Nationality of Registration) (.+)/.exec(seg);
    if (nat) {
      addCountry(nat[1]!);
      continue;
    }
    if (/^(?:alt\. )?(?:Phone|Email|Website|Gender|POB|Linked To|Additional Sanctions)/.test(seg)) continue;
    const id = ID_LABEL.exec(seg);
    if (id) {
      facts.identifiers.push(id[2]!);
      if (id[3]) addCountry(id[3]);
    }
  }
  return facts;
}
