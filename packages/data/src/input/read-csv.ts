import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { badInput } from "../errors.ts";
import { decodeText } from "./decode-text.ts";

/** One parsed CSV record with the 1-based file line where it ends (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A header-mapped record: `get(name)` returns the trimmed field or "" when absent. */
export interface CsvRow {
  line: number;
  get(name: string): string;
}

interface CsvParseError {
  code?: string;
  lines?: number;
  column?: number | string;
  message: string;
}

/** Parses CSV text (RFC 4180) into records with line numbers; malformed quoting becomes a BAD_INPUT error. */
export function parseCsvRecords(text: string, file: string): CsvRecord[] {
  try {
    const out = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return out.map((r) => ({ line: r.info.lines, fields: r.record }));
  } catch (error) {
    const e = error as CsvParseError;
    const line = typeof e.lines === "number" ? e.lines : 1;
    const column = typeof e.column === "number" ? e.column + 1 : 1;
    const what =
      e.code === "CSV_QUOTE_NOT_CLOSED"
        ? "expected a closing quote; the file looks truncated"
        : `expected valid CSV (${e.code ?? "parse error"})`;
    throw badInput(file, line, column, what, "fix the quoting or re-export the file");
  }
}

/**
 * Reads a CSV file with a header row and checks that every `required` column is present.
 * BOM accepted; non-UTF-8 bytes rejected with their position.
 */
export async function readCsvWithHeader(file: string, required: readonly string[]): Promise<CsvRow[]> {
  const bytes = await readFile(file);
  const { text } = decodeText(bytes, file);
  return csvRowsWithHeader(text, file, required);
}

export function csvRowsWithHeader(text: string, file: string, required: readonly string[]): CsvRow[] {
  const records = parseCsvRecords(text, file);
  const head = records[0];
  if (!head)
    throw badInput(file, 1, 1, `expected a header row with ${required.join(",")}`, "the file is empty");
  const index = new Map<string, number>();
  head.fields.forEach((name, i) => {
    index.set(name.trim(), i);
  });
  for (const name of required) {
    if (!index.has(name)) {
      throw badInput(
        file,
        head.line,
        1,
        `expected a header with column "${name}", got ${head.fields.join(",")}`,
        `use the documented layout (${required.join(",")})`,
      );
    }
  }
  return records.slice(1).map((r) => ({
    line: r.line,
    get: (name: string) => {
      const i = index.get(name);
      return i === undefined ? "" : (r.fields[i] ?? "").trim();
    },
  }));
}
