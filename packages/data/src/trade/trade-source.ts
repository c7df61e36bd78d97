import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * The label and data date written into each flow: from a `source.json` beside the file
 * (`{"name", "dataDate"}`), else from a BACI release tag in the file name (`…_V202401b.csv` →
 * "CEPII BACI V202401b", 2024-01), else the file name with an unknown date.
 */
export async function tradeSource(
  file: string,
  format: "baci" | "comtrade",
  override: { source?: string; dataDate?: string },
): Promise<{ source: string; dataDate: string }> {
  let source = format === "baci" ? `CEPII BACI (${basename(file)})` : `UN Comtrade (${basename(file)})`;
  let dataDate = "unknown";
  const sidecar = join(dirname(file), "source.json");
  if (existsSync(sidecar)) {
    const meta = JSON.parse(await readFile(sidecar, "utf8")) as { name?: unknown; dataDate?: unknown };
    if (typeof meta.name === "string") source = meta.name;
    if (typeof meta.dataDate === "string") dataDate = meta.dataDate;
  } else if (format === "baci") {
    const m = /_V(\d{4})(\d{2})([a-z]?)\b/.exec(basename(file));
    if (m) {
      source = `CEPII BACI V${m[1]}${m[2]}${m[3]} (Etalab 2.0)`;
      dataDate = `${m[1]}-${m[2]}`;
    }
  }
  return { source: override.source ?? source, dataDate: override.dataDate ?? dataDate };
}
