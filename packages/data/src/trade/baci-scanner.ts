import { open } from "node:fs/promises";
import { badInput, type ChiproadError } from "../errors.ts";

/** One BACI row as numbers; `q` is NaN when the quantity is missing (empty or NA). */
export interface BaciRow {
  t: number;
  i: number;
  j: number;
  k: number;
  v: number;
  q: number;
  line: number;
}

export interface ScanOptions {
  /** Called for a malformed row; return normally to skip it, throw to abort. Default: throw. */
  onInvalid?: (error: ChiproadError) => void;
}

const CHUNK = 1 << 20;
const COMMA = 44;
const LF = 10;
const CR = 13;
const DOT = 46;
const SPACE = 32;

/**
 * A hand-written streaming parser for BACI's numeric CSV (`t,i,j,k,v,q`): it walks the bytes of each
 * chunk once, builds no strings for well-formed rows, and reuses one row object, so memory stays
 * constant whatever the file size. A header line is optional (older releases have none); a BOM is
 * accepted. `onRow` must copy what it keeps.
 */
export async function scanBaci(
  file: string,
  onRow: (row: BaciRow) => void,
  opts: ScanOptions = {},
): Promise<{ rows: number }> {
  const row: BaciRow = { t: 0, i: 0, j: 0, k: 0, v: 0, q: 0, line: 0 };
  const fields = new Float64Array(6);
  let line = 0;
  let rows = 0;
  let carry: Buffer | undefined;
  let first = true;
  const fail = (error: ChiproadError) => {
    if (opts.onInvalid) opts.onInvalid(error);
    else throw error;
  };

  const handleLine = (buf: Buffer, start: number, end: number) => {
    line++;
    if (end > start && buf[end - 1] === CR) end--;
    if (first) {
      first = false;
      if (end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
        start += 3;
      const c = buf[start];
      if (c !== undefined && (c < 48 || c > 57)) {
        const header = buf.toString("latin1", start, end).replace(/\s+/g, "");
        if (header !== "t,i,j,k,v,q") {
          throw badInput(
            file,
            line,
            1,
            `expected the BACI header "t,i,j,k,v,q", got "${header.slice(0, 60)}"`,
            "pass a BACI trade file, or --format-in comtrade for a Comtrade export",
          );
        }
        return;
      }
    }
    if (end === start) return;
    rows++;
    const bad = parseFields(buf, start, end, fields);
    if (bad !== 0) {
      fail(describe(file, line, bad, buf.toString("latin1", start, Math.min(end, start + 80))));
      return;
    }
    row.t = fields[0]!;
    row.i = fields[1]!;
    row.j = fields[2]!;
    row.k = fields[3]!;
    row.v = fields[4]!;
    row.q = fields[5]!;
    row.line = line;
    onRow(row);
  };

  // One reused buffer and fd reads: allocating a fresh Buffer per chunk (streams, readFile) costs more
  // than the parsing itself on some systems. A partial last line moves to the front of the buffer.
  const buf = Buffer.allocUnsafe(CHUNK);
  const handle = await open(file, "r");
  let filled = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, CHUNK - filled, null);
      if (bytesRead === 0) break;
      const end = filled + bytesRead;
      let start = 0;
      for (let p = filled; p < end; p++) {
        if (buf[p] === LF) {
          handleLine(buf, start, p);
          start = p + 1;
        }
      }
      if (start === 0 && end === CHUNK) {
        throw badInput(
          file,
          line + 1,
          1,
          `expected lines shorter than ${CHUNK} bytes`,
          "check that the file is a BACI CSV",
        );
      }
      buf.copy(buf, 0, start, end);
      filled = end - start;
    }
  } finally {
    await handle.close();
  }
  if (filled > 0) carry = Buffer.from(buf.subarray(0, filled));
  if (carry && carry.length > 0) {
    // A last line without a newline is fine when complete; a cut-off row is reported as truncation.
    const bad = first ? 0 : parseFields(carry, 0, carry.length, fields);
    if (bad !== 0 && bad >> 8 === ERR_FIELDS) {
      line++;
      fail(
        badInput(
          file,
          line,
          (bad & 0xff) + 1,
          "expected 6 fields t,i,j,k,v,q; the file looks truncated",
          "re-download or re-extract the file",
        ),
      );
    } else handleLine(carry, 0, carry.length);
  }
  return { rows };
}

const ERR_FIELDS = 1;
const ERR_NUMBER = 2;

function describe(file: string, line: number, bad: number, text: string): ChiproadError {
  const kind = bad >> 8;
  const column = (bad & 0xff) + 1;
  if (kind === ERR_FIELDS) {
    return badInput(
      file,
      line,
      column,
      `expected 6 comma-separated fields t,i,j,k,v,q, got "${text}"`,
      "fix or remove the row",
    );
  }
  const name = "tijkvq"[column - 1] ?? "?";
  return badInput(
    file,
    line,
    column,
    `expected a number in column ${name}, got "${text}"`,
    "fix or remove the row (BACI files hold only numbers)",
  );
}

/**
 * Parses six numeric fields of one line into `out`. Returns 0, or (kind << 8 | fieldIndex) for the first
 * problem. Integers and plain decimals are parsed from the bytes; exponents fall back to Number().
 */
function parseFields(buf: Buffer, start: number, end: number, out: Float64Array): number {
  let p = start;
  for (let f = 0; f < 6; f++) {
    while (p < end && buf[p] === SPACE) p++;
    const fieldStart = p;
    let intPart = 0;
    let digits = 0;
    let frac = 0;
    let scale = 1;
    let c = buf[p];
    while (p < end && c !== undefined && c >= 48 && c <= 57) {
      intPart = intPart * 10 + (c - 48);
      digits++;
      c = buf[++p];
    }
    if (c === DOT && p < end) {
      c = buf[++p];
      while (p < end && c !== undefined && c >= 48 && c <= 57) {
        frac = frac * 10 + (c - 48);
        scale *= 10;
        digits++;
        c = buf[++p];
      }
    }
    let value = intPart + frac / scale;
    if (p < end && (c === 101 || c === 69)) {
      // exponent: rare, take the slow path for this field
      let q = p + 1;
      while (q < end && buf[q] !== COMMA) q++;
      value = Number(buf.toString("latin1", fieldStart, q));
      if (!Number.isFinite(value)) return (ERR_NUMBER << 8) | f;
      p = q;
      c = buf[p];
    }
    while (p < end && buf[p] === SPACE) p++;
    c = buf[p];
    if (digits === 0) {
      // only the quantity may be missing: empty or NA
      if (f === 5 && (p === end || (c === 78 && buf[p + 1] === 65))) {
        out[f] = Number.NaN;
        if (c === 78) p += 2;
        while (p < end && buf[p] === SPACE) p++;
        if (p !== end) return (ERR_NUMBER << 8) | f;
        return 0;
      }
      if (p === end && f < 5) return (ERR_FIELDS << 8) | f;
      return (ERR_NUMBER << 8) | f;
    }
    out[f] = value;
    if (f < 5) {
      if (p >= end) return (ERR_FIELDS << 8) | (f + 1);
      if (c !== COMMA) return (ERR_NUMBER << 8) | f;
      p++;
    } else if (p !== end) {
      return c === COMMA ? (ERR_FIELDS << 8) | 5 : (ERR_NUMBER << 8) | f;
    }
  }
  return 0;
}
