import { countryNameToIso3 } from "../../countries/country-codes.ts";
import { badInput } from "../../errors.ts";
import { parseCsvRecords } from "../../input/read-csv.ts";
import type { Entity } from "../model.ts";
import { ukDate } from "./list-release.ts";

/** Columns of OFSI's ConList.csv that the importer needs; a file missing one is refused. */
const REQUIRED = ["Name 6", "Name 1", "Group Type", "Alias Type", "Group ID"] as const;
const TYPES: Record<string, string> = { Individual: "Person", Entity: "Organization", Ship: "Vessel" };

/**
 * The UK consolidated list (OFSI `ConList.csv`): a first line `Last Updated,DD/MM/YYYY`, then a header and
 * one row per name: `Name 6` the surname or entity name, `Name 1`–`Name 5` the other names, `Alias Type`
 * "Primary name" or an alias kind, rows of one party sharing a `Group ID`.
 */
export function readUkCsv(text: string, file: string): { publicationDate: string; entities: Entity[] } {
  const records = parseCsvRecords(text, file);
  const first = records[0];
  const publicationDate =
    first && /^last updated$/i.test(first.fields[0]?.trim() ?? "")
      ? ukDate(first.fields[1] ?? "")
      : undefined;
  if (!first || !publicationDate) {
    throw badInput(
      file,
      first?.line ?? 1,
      1,
      'expected a first line "Last Updated,DD/MM/YYYY"',
      "pass ConList.csv as published by OFSI",
    );
  }
  const header = records[1];
  if (!header)
    throw badInput(file, 2, 1, "expected a header line after Last Updated", "pass ConList.csv as published");
  const col = new Map(header.fields.map((h, i) => [h.trim(), i]));
  for (const name of REQUIRED) {
    if (!col.has(name)) {
      throw badInput(
        file,
        header.line,
        1,
        `expected a column "${name}"; found ${header.fields.join(", ")}`,
        "pass ConList.csv as published by OFSI",
      );
    }
  }
  const byGroup = new Map<string, Entity>();
  for (const r of records.slice(2)) {
    if (r.fields.length !== header.fields.length) {
      throw badInput(
        file,
        r.line,
        1,
        `expected ${header.fields.length} columns, got ${r.fields.length}`,
        "check the file is not truncated or edited",
      );
    }
    const get = (name: string) => (r.fields[col.get(name) ?? -1] ?? "").trim();
    const group = get("Group ID");
    if (!/^\d+$/.test(group))
      throw badInput(
        file,
        r.line,
        (col.get("Group ID") ?? 0) + 1,
        `expected a numeric Group ID, got "${group}"`,
        "fix the row",
      );
    const type = TYPES[get("Group Type")];
    if (!type)
      throw badInput(
        file,
        r.line,
        (col.get("Group Type") ?? 0) + 1,
        `unknown Group Type "${get("Group Type")}"`,
        "use Individual, Entity or Ship",
      );
    const given = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"]
      .map(get)
      .filter((x) => x)
      .join(" ");
    const surname = get("Name 6");
    if (!surname && !given)
      throw badInput(file, r.line, 1, "expected a name in Name 6 or Name 1", "fill in the name");
    const name = given ? `${given} ${surname}`.trim() : surname;
    let e = byGroup.get(group);
    if (!e) {
      e = {
        id: `uk-${group}`,
        schema: type,
        name,
        aliases: [],
        countries: [],
        identifiers: [],
        addresses: [],
        list: "",
        programs: [],
        datasetVersion: "",
      };
      byGroup.set(group, e);
    }
    if (/^primary name$/i.test(get("Alias Type")) && e.name !== name) {
      e.aliases.push(e.name);
      e.name = name;
    } else if (e.name !== name && !e.aliases.includes(name)) e.aliases.push(name);
    const native = get("Name Non-Latin Script");
    if (native && !e.aliases.includes(native)) e.aliases.push(native);
    for (const c of [get("Nationality"), get("Country")]) {
      const iso = c ? countryNameToIso3(c) : undefined;
      if (iso && !e.countries.includes(iso)) e.countries.push(iso);
    }
    for (const id of [get("Passport Number"), get("National Identification Number")])
      if (id && !e.identifiers.includes(id)) e.identifiers.push(id);
    const regime = get("Regime");
    if (regime && !e.programs.includes(regime)) e.programs.push(regime);
    const dob = ukDate(get("DOB"));
    if (dob && !e.birthDate) e.birthDate = dob;
  }
  return { publicationDate, entities: [...byGroup.values()] };
}
