import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { badInput, notFound } from "../errors.ts";
import { importBaci } from "./baci-import.ts";
import { importComtrade } from "./comtrade-import.ts";
import type { ImportOptions, TradeImport } from "./model.ts";

/**
 * Imports a trade file into normalized import flows. The format is `opts.format`, or guessed from the
 * first line: BACI starts with `t,i,j,k,v,q` or a digit, Comtrade with a named header.
 */
export async function importTradeFile(file: string, opts: ImportOptions = {}): Promise<TradeImport> {
  if (!existsSync(file)) throw notFound(`${file}: no such file`, "check the path given with --data");
  const format = opts.format ?? (await sniffFormat(file));
  if (format === "baci") return importBaci(file, opts);
  if (format === "comtrade") return importComtrade(file, opts);
  throw badInput(file, 1, 1, `unknown format "${String(format)}"`, "use baci or comtrade");
}

async function sniffFormat(file: string): Promise<"baci" | "comtrade"> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buf, 0, 256, 0);
    const head = buf.toString("latin1", 0, bytesRead).replace(/^\xef\xbb\xbf/, "");
    const first = head.split(/\r?\n/)[0]?.replace(/\s+/g, "") ?? "";
    return first === "t,i,j,k,v,q" || /^\d/.test(first) ? "baci" : "comtrade";
  } finally {
    await handle.close();
  }
}
