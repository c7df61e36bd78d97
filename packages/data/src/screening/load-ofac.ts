import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { countryNameToIso3 } from "../countries/country-codes.ts";
import { badInput } from "../errors.ts";
import { decodeText } from "../input/decode-text.ts";
import { type CsvRecord, parseCsvRecords } from "../input/read-csv.ts";
import type { Entity } from "./model.ts";
import { parseRemarks } from "./ofac-remarks.ts";

const SDN_TYPES: Record<string, string> = {
  individual: "Person",
  vessel: "Vessel",
  aircraft: "Airplane",
  "": "LegalEntity",
};

const CTRL_Z = String.fromCharCode(0x1a);

/** `-0-` is OFAC's null. */
function field(r: CsvRecord, i: number): string {
  const v = (r.fields[i] ?? "").trim();
  return v === "-0-" ? "" : v;
}

/** Reads an OFAC legacy CSV (no header, CRLF, trailing Ctrl-Z line) and checks its column count. */
async function readOfacCsv(file: string, columns: number, what: string): Promise<CsvRecord[]> {
  const { text } = decodeText(await readFile(file), file);
  // OFAC ends its files with a lone Ctrl-Z (0x1A) line.
  const end = text.lastIndexOf(CTRL_Z);
  const body = end >= 0 && text.slice(end + 1).trim() === "" ? text.slice(0, end) : text;
  const records = parseCsvRecords(body, file);
  for (const r of records) {
    if (r.fields.length !== columns) {
      throw badInput(
        file,
        r.line,
        1,
        `expected ${columns} columns of an OFAC ${what}, got ${r.fields.length}`,
        "pass the legacy CSV files as published by OFAC (sdn.csv, add.csv, alt.csv)",
      );
    }
    if (!/^\d+$/.test(field(r, 0))) {
      throw badInput(
        file,
        r.line,
        1,
        `expected a numeric ent_num, got "${r.fields[0]}"`,
        "check the file is an OFAC CSV",
      );
    }
  }
  return records;
}

/**
 * Loads an OFAC SDN legacy CSV set: `sdn.csv` plus, when they sit beside it, `add.csv` (addresses) and
 * `alt.csv` (alternate names), joined on ent_num. Remarks yield aliases, DOB, nationality and IDs.
 * The consolidated non-SDN list has the same layout as `cons_prim.csv`, `cons_add.csv`, `cons_alt.csv`.
 */
export async function loadOfacSdn(sdnFile: string, datasetVersion: string): Promise<Entity[]> {
  const dir = dirname(sdnFile);
  const cons = basename(sdnFile).toLowerCase() === "cons_prim.csv";
  const list = cons ? "OFAC Consolidated (non-SDN)" : "OFAC SDN";
  const sdn = await readOfacCsv(sdnFile, 12, "sdn.csv (12 columns)");
  const entities = new Map<string, Entity>();
  for (const r of sdn) {
    const ent = field(r, 0);
    if (entities.has(ent))
      throw badInput(sdnFile, r.line, 1, `duplicated ent_num ${ent}`, "remove the duplicate row");
    const rawName = field(r, 1);
    if (!rawName) throw badInput(sdnFile, r.line, 2, "expected a name in SDN_Name", "fill in the name");
    const type = field(r, 2);
    const schema = SDN_TYPES[type];
    if (!schema) {
      throw badInput(
        sdnFile,
        r.line,
        3,
        `unknown SDN_Type "${type}"`,
        "use individual, vessel, aircraft or -0-",
      );
    }
    const facts = parseRemarks(field(r, 11));
    const aliases = [...facts.aliases];
    // Individuals are listed "LAST, First"; keep the natural order as an alias too.
    const comma = rawName.indexOf(", ");
    if (schema === "Person" && comma > 0)
      aliases.unshift(`${rawName.slice(comma + 2)} ${rawName.slice(0, comma)}`);
    const flag = field(r, 9);
    const flagIso = flag ? countryNameToIso3(flag) : undefined;
    const entity: Entity = {
      id: `ofac-${ent}`,
      schema,
      name: rawName,
      aliases,
      countries:
        flagIso && !facts.countries.includes(flagIso) ? [...facts.countries, flagIso] : facts.countries,
      identifiers: facts.identifiers,
      addresses: [],
      list,
      programs: field(r, 3)
        .split("] [")
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
      datasetVersion,
    };
    if (facts.birthDate) entity.birthDate = facts.birthDate;
    entities.set(ent, entity);
  }
  const addFile = join(dir, cons ? "cons_add.csv" : "add.csv");
  if (existsSync(addFile)) {
    for (const r of await readOfacCsv(addFile, 6, "add.csv (6 columns)")) {
      const entity = entities.get(field(r, 0));
      if (!entity) continue; // add/alt rows of entries not in this sdn.csv (e.g. a subset)
      const address = [field(r, 2), field(r, 3), field(r, 4)].filter((x) => x).join(", ");
      if (address) entity.addresses.push(address);
      const iso3 = field(r, 4) ? countryNameToIso3(field(r, 4)) : undefined;
      if (iso3 && !entity.countries.includes(iso3)) entity.countries.push(iso3);
    }
  }
  const altFile = join(dir, cons ? "cons_alt.csv" : "alt.csv");
  if (existsSync(altFile)) {
    for (const r of await readOfacCsv(altFile, 5, "alt.csv (5 columns)")) {
      const entity = entities.get(field(r, 0));
      const alt = field(r, 3);
      if (entity && alt && !entity.aliases.includes(alt)) entity.aliases.push(alt);
    }
  }
  return [...entities.values()];
}

export function isOfacSetFile(file: string): boolean {
  return OFAC_SET_FILES.includes(basename(file).toLowerCase());
}

const OFAC_SET_FILES = ["sdn.csv", "add.csv", "alt.csv", "cons_prim.csv", "cons_add.csv", "cons_alt.csv"];

/** The primary file of the OFAC CSV set a file belongs to (sdn.csv or cons_prim.csv). */
export function ofacPrimaryFile(file: string): string {
  const cons = basename(file).toLowerCase().startsWith("cons_");
  return join(dirname(file), cons ? "cons_prim.csv" : "sdn.csv");
}
