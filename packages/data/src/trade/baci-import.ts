import { badInput, type ChiproadError } from "../errors.ts";
import { loadBaciCountryTable } from "./baci-countries.ts";
import { type BaciRow, scanBaci } from "./baci-scanner.ts";
import { DEFAULT_HS, type ImportOptions, type TradeFlow, type TradeImport } from "./model.ts";
import { tradeSource } from "./trade-source.ts";

const MAX_REASONS = 10;

/** HS prefixes as inclusive ranges of six-digit codes: "8542" → [854200, 854299]. */
export function hsRanges(prefixes: readonly string[]): [number, number][] {
  return prefixes.map((p) => {
    if (!/^\d{2,6}$/.test(p))
      throw badInput("--hs", 1, 1, `expected an HS code of 2–6 digits, got "${p}"`, "e.g. 8542 or 854231");
    const pad = 6 - p.length;
    const lo = Number(p) * 10 ** pad;
    return [lo, lo + 10 ** pad - 1];
  });
}

/**
 * Imports a CEPII BACI trade file (`t,i,j,k,v,q`; v in thousands of USD, q in metric tons) keeping the
 * flows of the requested HS codes. All or nothing: the first bad row (unknown country code, bad number,
 * duplicated t/i/j/k, truncated last line) rejects the file with file:row:column, unless `skipInvalid`.
 */
export async function importBaci(file: string, opts: ImportOptions = {}): Promise<TradeImport> {
  const table = await loadBaciCountryTable(opts.countryTable);
  const ranges = hsRanges(opts.hs ?? DEFAULT_HS);
  const { source, dataDate } = await tradeSource(file, "baci", opts);
  const flows: TradeFlow[] = [];
  const seen = new Map<number, number>();
  let skipped = 0;
  let filteredOut = 0;
  const skippedReasons: string[] = [];
  const invalid = (error: ChiproadError) => {
    if (!opts.skipInvalid) throw error;
    skipped++;
    if (skippedReasons.length < MAX_REASONS) skippedReasons.push(error.message);
  };
  const keep = (k: number) => {
    if (ranges.length === 0) return true;
    for (const [lo, hi] of ranges) if (k >= lo && k <= hi) return true;
    return false;
  };
  const onRow = (r: BaciRow) => {
    if (!keep(r.k)) {
      filteredOut++;
      return;
    }
    const exporter = table.get(r.i);
    const importer = table.get(r.j);
    if (!Number.isInteger(r.t) || r.t < 1900 || r.t > 2100) {
      return invalid(badInput(file, r.line, 1, `expected a year in column t, got ${r.t}`, "fix the row"));
    }
    if (!exporter) return invalid(unknownCode(file, r.line, 2, r.i));
    if (!importer) return invalid(unknownCode(file, r.line, 3, r.j));
    if (!Number.isInteger(r.k) || r.k > 999999) {
      return invalid(
        badInput(file, r.line, 4, `expected a 6-digit HS code in column k, got ${r.k}`, "fix the row"),
      );
    }
    // (t−1900, i, j, k) packed into 15 decimal digits: exact in a double, cheaper than a string key.
    const key = (((r.t - 1900) * 1000 + r.i) * 1000 + r.j) * 1_000_000 + r.k;
    const prior = seen.get(key);
    if (prior !== undefined) {
      const shown = `${r.t},${r.i},${r.j},${r.k}`;
      return invalid(
        badInput(
          file,
          r.line,
          1,
          `duplicated flow t,i,j,k = ${shown} (first on line ${prior})`,
          "remove the duplicate row",
        ),
      );
    }
    seen.set(key, r.line);
    const flow: TradeFlow = {
      year: r.t,
      reporter: importer,
      partner: exporter,
      hs: String(r.k).padStart(6, "0"),
      valueUsd: Math.round(r.v * 1000 * 100) / 100,
      source,
      dataDate,
    };
    if (!Number.isNaN(r.q)) flow.quantity = r.q;
    flows.push(flow);
  };
  const { rows } = await scanBaci(file, onRow, { onInvalid: invalid });
  return { flows, source, dataDate, rows, skipped, skippedReasons, filteredOut, encoding: "utf-8" };
}

function unknownCode(file: string, line: number, column: number, code: number): ChiproadError {
  const role = column === 2 ? "exporter i" : "importer j";
  return badInput(
    file,
    line,
    column,
    `unknown ${role} country code ${code}`,
    "use the country table of the same BACI release (pass it as the country table)",
  );
}
