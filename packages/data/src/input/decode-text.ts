import { badInput } from "../errors.ts";

export interface DecodedText {
  text: string;
  /** "utf-8" normally; "latin-1" only when the caller allowed the fallback and the bytes were not UTF-8. */
  encoding: "utf-8" | "latin-1";
  hadBom: boolean;
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF),
 * or -1 when the whole buffer is valid. A sequence cut off by the end of the buffer is invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in bytes) of a byte offset. */
export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Decodes a whole file: strips a UTF-8 BOM, rejects invalid UTF-8 with the position of the first bad
 * byte (usually a Latin-1/Windows-1252 export), or decodes it as Latin-1 when `latin1Fallback` is set.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  opts: { latin1Fallback?: boolean } = {},
): DecodedText {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { text: Buffer.from(body).toString("utf8"), encoding: "utf-8", hadBom };
  if (opts.latin1Fallback) return { text: Buffer.from(body).toString("latin1"), encoding: "latin-1", hadBom };
  const at = lineAndColumn(body, bad);
  throw badInput(
    file,
    at.line,
    at.column,
    `expected UTF-8 text, found byte 0x${body[bad]!.toString(16).padStart(2, "0")} (the file looks Latin-1/Windows-1252 encoded)`,
    "re-save the file as UTF-8, or pass the Latin-1 option to decode it as Latin-1",
  );
}
