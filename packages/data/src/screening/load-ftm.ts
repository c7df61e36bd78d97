import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { toIso3 } from "../countries/country-codes.ts";
import { badInput } from "../errors.ts";
import { decodeText, lineAndColumn } from "../input/decode-text.ts";
import type { Entity } from "./model.ts";

interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  last_change?: string;
}

/** Schemas that are parties one can screen; the rest (Sanction, Address, Passport…) enrich them. */
const PARTY_SCHEMAS = new Set([
  "Person",
  "Company",
  "Organization",
  "LegalEntity",
  "PublicBody",
  "Vessel",
  "Airplane",
]);
const ALIAS_PROPS = ["name", "alias", "previousName", "weakAlias"];
const COUNTRY_PROPS = ["country", "nationality", "citizenship", "jurisdiction", "mainCountry", "flag"];
const ID_PROPS = [
  "innCode",
  "ogrnCode",
  "registrationNumber",
  "idNumber",
  "passportNumber",
  "taxNumber",
  "imoNumber",
  "leiCode",
  "swiftBic",
  "okpoCode",
  "kppCode",
  "vatCode",
  "uniqueEntityId",
];

function parseJsonAt(text: string, file: string, line: number, lineOffset: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const pos = m ? Number(m[1]) : 0;
    const bytes = Buffer.from(text.slice(0, pos));
    const at = lineAndColumn(bytes, bytes.length);
    throw badInput(
      file,
      line + at.line - 1,
      (at.line === 1 ? lineOffset : 0) + at.column,
      `expected a FollowTheMoney JSON entity (${(error as Error).message})`,
      "fix the JSON or re-export the file (one entity per line, or a JSON array)",
    );
  }
}

function checkEntity(raw: unknown, file: string, line: number): FtmEntity {
  const e = raw as Partial<FtmEntity> | null;
  if (!e || typeof e !== "object" || typeof e.id !== "string" || typeof e.schema !== "string") {
    throw badInput(
      file,
      line,
      1,
      'expected an object with string "id" and "schema"',
      "check the file is FtM JSON",
    );
  }
  if (e.properties !== undefined && (typeof e.properties !== "object" || e.properties === null)) {
    throw badInput(file, line, 1, `entity ${e.id}: expected "properties" to be an object`, "fix the entity");
  }
  return { ...e, properties: e.properties ?? {} } as FtmEntity;
}

/** Reads FtM entities from JSON Lines or a JSON array, with file:line positions on errors. */
async function readFtm(file: string): Promise<{ entity: FtmEntity; line: number }[]> {
  const { text } = decodeText(await readFile(file), file);
  const trimmed = text.trimStart();
  const out: { entity: FtmEntity; line: number }[] = [];
  if (trimmed.startsWith("[")) {
    const data = parseJsonAt(text, file, 1, 0);
    if (!Array.isArray(data)) throw badInput(file, 1, 1, "expected a JSON array of entities", "fix the file");
    data.forEach((e) => {
      out.push({ entity: checkEntity(e, file, 1), line: 1 });
    });
    return out;
  }
  const lines = text.split("\n");
  lines.forEach((l, i) => {
    if (l.trim() === "") return;
    out.push({ entity: checkEntity(parseJsonAt(l, file, i + 1, 0), file, i + 1), line: i + 1 });
  });
  return out;
}

const values = (e: FtmEntity, prop: string): string[] => {
  const v = e.properties[prop];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/**
 * Loads FollowTheMoney entities (OpenSanctions export format) into the screening model: parties keep
 * their names and aliases, countries (alpha-2 → alpha-3), birth date and identifiers; Sanction entities
 * add their programs, Passport entities their numbers, Address entities their text.
 */
export async function loadFtm(file: string): Promise<Entity[]> {
  const rows = await readFtm(file);
  const byId = new Map<string, FtmEntity>();
  for (const { entity, line } of rows) {
    if (byId.has(entity.id))
      throw badInput(file, line, 1, `duplicated entity id "${entity.id}"`, "remove the duplicate");
    byId.set(entity.id, entity);
  }
  let lastChange = "";
  for (const e of byId.values()) if (e.last_change && e.last_change > lastChange) lastChange = e.last_change;
  const datasetVersion = `${basename(file)}@${lastChange.slice(0, 10) || "undated"}`;

  const programs = new Map<string, Set<string>>();
  const ids = new Map<string, string[]>();
  for (const e of byId.values()) {
    if (e.schema === "Sanction") {
      for (const target of values(e, "entity")) {
        const set = programs.get(target) ?? new Set<string>();
        for (const p of [...values(e, "program"), ...values(e, "programId")]) set.add(p);
        programs.set(target, set);
      }
    } else if (e.schema === "Passport" || e.schema === "Identification") {
      for (const holder of values(e, "holder")) {
        ids.set(holder, [...(ids.get(holder) ?? []), ...values(e, "number"), ...values(e, "passportNumber")]);
      }
    }
  }

  const out: Entity[] = [];
  for (const e of byId.values()) {
    if (!PARTY_SCHEMAS.has(e.schema)) continue;
    const names = unique(ALIAS_PROPS.flatMap((p) => values(e, p)));
    const name = e.caption ?? names[0];
    if (!name) continue;
    const countries = unique(
      COUNTRY_PROPS.flatMap((p) => values(e, p))
        .map((c) => toIso3(c))
        .filter((c): c is string => c !== undefined),
    );
    const addresses = unique([
      ...values(e, "address"),
      ...values(e, "addressEntity").flatMap((id) => {
        const a = byId.get(id);
        return a ? values(a, "full") : [];
      }),
    ]);
    const entity: Entity = {
      id: e.id,
      schema: e.schema,
      name,
      aliases: names.filter((n) => n !== name),
      countries,
      identifiers: unique([...ID_PROPS.flatMap((p) => values(e, p)), ...(ids.get(e.id) ?? [])]),
      addresses,
      list: "OpenSanctions",
      programs: unique([...(programs.get(e.id) ?? []), ...(e.datasets ?? [])]),
      datasetVersion,
    };
    if (lastChange) entity.publicationDate = lastChange.slice(0, 10);
    const birth = values(e, "birthDate").sort()[0];
    if (birth) entity.birthDate = birth;
    out.push(entity);
  }
  return out;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
}
