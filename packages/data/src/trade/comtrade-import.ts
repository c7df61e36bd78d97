import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { badInput, type ChiproadError } from "../errors.ts";
import { firstInvalidUtf8, lineAndColumn } from "../input/decode-text.ts";
import { loadBaciCountryTable } from "./baci-countries.ts";
import { type ComtradeColumns, comtradeColumns } from "./comtrade-layout.ts";
import { DEFAULT_HS, type ImportOptions, matchesHs, type TradeFlow, type TradeImport } from "./model.ts";
import { tradeSource } from "./trade-source.ts";

const MAX_REASONS = 10;
/** Comtrade area codes that are aggregates, not countries: World and the "nes" groups. */
const AGGREGATE_PARTNERS = new Set([0, 97, 290, 473, 492, 527, 568, 577, 636, 637, 838, 839, 879, 899]);

interface Declared {
  year: number;
  importer: string;
  exporter: string;
  hs: string;
  value: number;
  qty?: number;
}

class EncodingError extends Error {}

/** UTF-8 chunks → text, failing fast on invalid bytes with the absolute line:column of the first one. */
async function* decodeChunks(file: string, latin1: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder(latin1 ? "latin1" : "utf-8", { fatal: !latin1, ignoreBOM: false });
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      const at = lineAndColumn(chunk, Math.max(0, firstInvalidUtf8(chunk)));
      throw new EncodingError(`${lines + at.line}:${at.column}`);
    }
    for (const b of chunk) if (b === 10) lines++;
  }
  yield decoder.decode();
}

/**
 * Imports a UN Comtrade CSV export (Comtrade Plus or legacy layout) with csv-parse, streaming. Keeps
 * bilateral goods imports and exports of the requested HS codes at the total level (partner2 World,
 * customs C00, transport 0), sums months into years, and — for importers that report no imports in a
 * year — derives their imports from partners' exports (`mirrored: true`). All or nothing, unless
 * `skipInvalid`. Not UTF-8 → an error with the position, or Latin-1 decoding with `latin1`.
 */
export async function importComtrade(file: string, opts: ImportOptions = {}): Promise<TradeImport> {
  try {
    return await importWith(file, opts, false);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    if (opts.latin1) return importWith(file, opts, true);
    const [line, column] = error.message.split(":").map(Number);
    throw badInput(
      file,
      line ?? 1,
      column ?? 1,
      "expected UTF-8 text; the file looks Latin-1/Windows-1252 encoded",
      "re-save it as UTF-8, or pass the Latin-1 option (it is then decoded and flagged)",
    );
  }
}

async function importWith(file: string, opts: ImportOptions, latin1: boolean): Promise<TradeImport> {
  const table = await loadBaciCountryTable(opts.countryTable);
  const hs = opts.hs ?? DEFAULT_HS;
  const { source, dataDate } = await tradeSource(file, "comtrade", opts);
  let skipped = 0;
  let filteredOut = 0;
  let rows = 0;
  const skippedReasons: string[] = [];
  const invalid = (error: ChiproadError) => {
    if (!opts.skipInvalid) throw error;
    skipped++;
    if (skippedReasons.length < MAX_REASONS) skippedReasons.push(error.message);
  };
  const imports: Declared[] = [];
  const exports: Declared[] = [];
  const seen = new Map<string, number>();
  let cols: ComtradeColumns | undefined;

  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
  const input = Readable.from(decodeChunks(file, latin1));
  input.on("error", (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      if (!cols) {
        cols = comtradeColumns(record, file, info.lines);
        continue;
      }
      rows++;
      const row = readRow(record, cols, table, file, info.lines);
      if (typeof row === "string") {
        filteredOut++;
        continue;
      }
      if ("error" in row) {
        invalid(row.error);
        continue;
      }
      if (!matchesHs(row.hs, hs)) {
        filteredOut++;
        continue;
      }
      const key = `${row.period},${row.flow},${row.importer},${row.exporter},${row.hs}`;
      const prior = seen.get(key);
      if (prior !== undefined) {
        invalid(
          badInput(
            file,
            info.lines,
            1,
            `duplicated record ${key} (first on line ${prior})`,
            "remove the duplicate row",
          ),
        );
        continue;
      }
      seen.set(key, info.lines);
      (row.flow === "M" ? imports : exports).push(row);
    }
  } catch (error) {
    if (error instanceof EncodingError || (error as ChiproadError).code === "BAD_INPUT") throw error;
    const e = error as { code?: string; lines?: number; message: string };
    throw badInput(
      file,
      e.lines ?? rows + 1,
      1,
      e.code === "CSV_QUOTE_NOT_CLOSED"
        ? "expected a closing quote; the file looks truncated"
        : `expected valid CSV (${e.message})`,
      "re-export the file",
    );
  }
  if (!cols) throw badInput(file, 1, 1, "expected a Comtrade header row", "the file is empty");
  const flows = toFlows(imports, exports, source, dataDate);
  return {
    flows,
    source,
    dataDate,
    rows,
    skipped,
    skippedReasons,
    filteredOut,
    encoding: latin1 ? "latin-1" : "utf-8",
  };
}

type Row = Declared & { period: string; flow: "M" | "X" };

function readRow(
  r: string[],
  c: ComtradeColumns,
  table: Map<number, string>,
  file: string,
  line: number,
): Row | "ignored" | { error: ChiproadError } {
  const get = (i: number) => (i >= 0 ? (r[i] ?? "").trim() : "");
  const flowRaw = get(c.flow);
  const flow =
    flowRaw === "M" || flowRaw === "1" ? "M" : flowRaw === "X" || flowRaw === "2" ? "X" : undefined;
  if (!flow) return "ignored";
  const partnerCode = Number(get(c.partnerCode));
  if (AGGREGATE_PARTNERS.has(partnerCode)) return "ignored";
  const p2 = get(c.partner2);
  const customs = get(c.customs);
  const mot = get(c.mot);
  if ((p2 && p2 !== "0") || (customs && customs !== "C00") || (mot && mot !== "0")) return "ignored";
  const fail = (col: number, what: string) => ({
    error: badInput(file, line, col + 1, what, "fix or remove the row"),
  });
  const year = Number(get(c.year));
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    return fail(c.year, `expected a year, got "${get(c.year)}"`);
  const reporter = area(get(c.reporterCode), get(c.reporterIso), table);
  if (!reporter) return fail(c.reporterCode, `unknown reporter code "${get(c.reporterCode)}"`);
  const partner = area(get(c.partnerCode), get(c.partnerIso), table);
  if (!partner) return fail(c.partnerCode, `unknown partner code "${get(c.partnerCode)}"`);
  const hs = get(c.cmd);
  if (!/^\d{2,6}$/.test(hs)) return fail(c.cmd, `expected an HS code of 2–6 digits, got "${hs}"`);
  const valueRaw = get(c.value);
  const value = Number(valueRaw);
  if (valueRaw === "" || !Number.isFinite(value) || value < 0) {
    return fail(c.value, `expected a non-negative trade value in USD, got "${valueRaw}"`);
  }
  const row: Row = {
    period: get(c.period) || String(year),
    flow,
    year,
    importer: flow === "M" ? reporter : partner,
    exporter: flow === "M" ? partner : reporter,
    hs,
    value,
  };
  const qty = Number(get(c.qty));
  if (get(c.qty) !== "" && Number.isFinite(qty) && qty >= 0) row.qty = qty;
  return row;
}

/** Numeric Comtrade code through the BACI table (490 → TWN…), else a plain ISO alpha-3 field. */
function area(code: string, iso: string, table: Map<number, string>): string | undefined {
  const n = Number(code);
  if (code !== "" && Number.isInteger(n)) {
    const hit = table.get(n);
    if (hit) return hit;
  }
  return /^[A-Z]{3}$/.test(iso) && iso !== "W00" ? iso : undefined;
}

/**
 * Sums months into years and keeps only the most detailed HS level present (6-digit rows when there
 * are any, so 4-digit totals are not counted twice). Mirror: an importer with no declared imports in a
 * year gets the exports its partners declared towards it.
 */
function toFlows(imports: Declared[], exports: Declared[], source: string, dataDate: string): TradeFlow[] {
  const detailed = [...imports, ...exports].some((d) => d.hs.length === 6);
  const level = (d: Declared) => !detailed || d.hs.length === 6;
  const reporting = new Set(imports.map((d) => `${d.year}|${d.importer}`));
  const sums = new Map<string, TradeFlow>();
  const add = (d: Declared, mirrored: boolean) => {
    const key = `${d.year}|${d.importer}|${d.exporter}|${d.hs}|${mirrored}`;
    const f = sums.get(key);
    if (f) {
      f.valueUsd += d.value;
      if (d.qty !== undefined) f.quantity = (f.quantity ?? 0) + d.qty;
      return;
    }
    const flow: TradeFlow = {
      year: d.year,
      reporter: d.importer,
      partner: d.exporter,
      hs: d.hs,
      valueUsd: d.value,
      source,
      dataDate,
    };
    if (d.qty !== undefined) flow.quantity = d.qty;
    if (mirrored) flow.mirrored = true;
    sums.set(key, flow);
  };
  for (const d of imports) if (level(d)) add(d, false);
  for (const d of exports) if (level(d) && !reporting.has(`${d.year}|${d.importer}`)) add(d, true);
  return [...sums.values()];
}
