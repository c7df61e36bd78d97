import { readFile } from "node:fs/promises";
import {
  type Counterparty,
  ChiproadError,
  diffScreenings,
  type ListVersion,
  listVersions,
  loadEntities,
  loadScreeningQueries,
  type ScreeningAlert,
} from "@chiproad/data";
import { type Command, Option } from "commander";
import { parseThreshold } from "./chain.ts";

interface DiffOptions {
  old: string[];
  new: string[];
  parties: string;
  format: "json" | "text";
  threshold?: string;
}

/** `file:line:col: what; fix` — the data layer's BAD_INPUT shape. */
function bad(file: string, line: number, column: number, what: string, fix: string): ChiproadError {
  return new ChiproadError("BAD_INPUT", `${file}:${line}:${column}: ${what}; ${fix}`);
}

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Where JSON.parse stopped: its "position N" when the message gives one, else the quoted excerpt
 * around the unexpected token (V8: `Unexpected token '}', ..."{ "name": }"... is not valid JSON`).
 */
function syntaxErrorOffset(message: string, text: string): number {
  const at = /position (\d+)/.exec(message)?.[1];
  if (at) return Number(at);
  const m = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (m) {
    const excerpt = text.indexOf(m[2]!);
    if (excerpt >= 0) return excerpt + Math.max(0, m[2]!.indexOf(m[1]!));
  }
  return text.length;
}

/** Start offsets of the elements of a top-level JSON array (the text is known to parse). */
function elementOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expectElement && ch !== "]") {
      out.push(i);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectElement = true;
  }
  return out;
}

const STRING_LISTS = ["aliases", "identifiers"] as const;
const STRINGS = ["id", "name", "country", "birthDate"] as const;

/**
 * Parties to re-screen: a CSV with a `name` column (and optional country, birthDate, aliases,
 * identifiers; several values separated by `;`), or a JSON array of names or of objects
 * `{ id?, name, country?, aliases?, birthDate?, identifiers? }`. Mistakes name file:line.
 */
export async function loadParties(file: string): Promise<Counterparty[]> {
  if (!/\.json$/i.test(file)) {
    const queries = await loadScreeningQueries(file);
    if (queries.length === 0) throw bad(file, 1, 1, "no parties", "add one row per party under the header");
    return queries.map((q, i) => ({ ...q, id: `${i + 1}` }));
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ChiproadError("NOT_FOUND", `${file}: no such file; check the --parties path`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = position(text, syntaxErrorOffset(String(error), text));
    throw bad(file, line, column, "not valid JSON", "fix the syntax (a JSON array of parties)");
  }
  if (!Array.isArray(data))
    throw bad(file, 1, 1, "expected a JSON array of parties", 'write [ "Name", { "name": "…" } ]');
  if (data.length === 0) throw bad(file, 1, 1, "no parties", "add at least one party");
  const offsets = elementOffsets(text);
  return data.map((item, i) => {
    const { line, column } = position(text, offsets[i] ?? 0);
    const fail = (what: string, fix: string) => bad(file, line, column, `parties[${i}]: ${what}`, fix);
    if (typeof item === "string") {
      if (item.trim() === "") throw fail("empty name", "give the party's name");
      return { id: `${i + 1}`, name: item };
    }
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw fail("expected a name or an object", 'write "Name" or { "name": "…", "country": "RU" }');
    const o = item as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!(STRINGS as readonly string[]).includes(key) && !(STRING_LISTS as readonly string[]).includes(key))
        throw fail(`unknown field "${key}"`, `use ${[...STRINGS, ...STRING_LISTS].join(", ")}`);
    }
    for (const key of STRINGS) {
      if (o[key] !== undefined && typeof o[key] !== "string")
        throw fail(`${key} must be a string`, "quote it");
    }
    for (const key of STRING_LISTS) {
      const v = o[key];
      if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== "string")))
        throw fail(`${key} must be an array of strings`, `write "${key}": ["…"]`);
    }
    if (typeof o.name !== "string" || o.name.trim() === "") throw fail("name is missing", 'add "name": "…"');
    const party: Counterparty = { id: typeof o.id === "string" ? o.id : `${i + 1}`, name: o.name };
    if (typeof o.country === "string") party.country = o.country;
    if (typeof o.birthDate === "string") party.birthDate = o.birthDate;
    if (Array.isArray(o.aliases) && o.aliases.length) party.aliases = o.aliases as string[];
    if (Array.isArray(o.identifiers) && o.identifiers.length) party.identifiers = o.identifiers as string[];
    return party;
  });
}

const score = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(2));

/** "UK Consolidated List 2024-05-09 (sha256:…)": the release, named once even when it repeats the list. */
const release = (list: string, version: string | undefined) =>
  version === undefined ? list : version.startsWith(list) ? version : `${list} ${version}`;

/** One line per alert: what changed, for whom, on which list and release, matching which name. */
export function alertLine(a: ScreeningAlert): string {
  const version = a.kind === "removed" ? a.oldVersion : a.newVersion;
  return [
    a.kind.padEnd(7),
    `${a.partyName} [${a.party}]`,
    release(a.list, version),
    `matched "${a.matchedName}" = ${a.entityName} [${a.entityId}]`,
    `score ${score(a.oldScore)} → ${score(a.newScore)}`,
  ].join("  ");
}

function releases(label: string, lists: ListVersion[]): string {
  return `${label}: ${lists.map((l) => release(l.name, l.version)).join("; ")}`;
}

export function defineScreenDiff(parent: Command): void {
  parent
    .command("diff")
    .description(
      "re-screen parties against an old and a new release of the lists and print the differences: " +
        "hits added, removed, or whose score changed",
    )
    .requiredOption("--old <files...>", "the old release: list files in any format `screen --list` reads")
    .requiredOption("--new <files...>", "the new release: list files")
    .requiredOption(
      "--parties <file>",
      "parties: CSV (name[,country,birthDate,aliases,identifiers]) or JSON array of names / objects",
    )
    .option("--threshold <x>", "minimum score 0–1 for a hit")
    .addOption(new Option("--format <format>", "output format").choices(["json", "text"]).default("json"))
    .action(async (o: DiffOptions) => {
      const threshold = parseThreshold(o.threshold);
      const parties = await loadParties(o.parties);
      const [oldEntities, newEntities] = [await loadEntities(o.old), await loadEntities(o.new)];
      const alerts = diffScreenings(
        parties,
        oldEntities,
        newEntities,
        threshold !== undefined ? { threshold } : {},
      );
      const order = { added: 0, removed: 1, changed: 2 } as const;
      alerts.sort(
        (a, b) =>
          order[a.kind] - order[b.kind] ||
          a.party.localeCompare(b.party, "en", { numeric: true }) ||
          a.list.localeCompare(b.list) ||
          a.entityId.localeCompare(b.entityId),
      );
      const oldLists = listVersions(oldEntities);
      const newLists = listVersions(newEntities);
      if (o.format === "text") {
        const lines = [
          releases("old", oldLists),
          releases("new", newLists),
          `${parties.length} parties: ${alerts.filter((a) => a.kind === "added").length} added, ` +
            `${alerts.filter((a) => a.kind === "removed").length} removed, ` +
            `${alerts.filter((a) => a.kind === "changed").length} changed`,
          ...alerts.map(alertLine),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
        return;
      }
      process.stdout.write(
        `${JSON.stringify({ old: oldLists, new: newLists, parties: parties.length, alerts }, null, 2)}\n`,
      );
    });
}
