import { badInput } from "../errors.ts";
import { readCsvWithHeader } from "../input/read-csv.ts";
import type { ScreeningQuery } from "./model.ts";

/**
 * Reads a batch of screening queries from CSV with a header: `name` (required), and optionally
 * `country`, `birthDate`, `aliases` and `identifiers` (several values separated by `;`).
 */
export async function loadScreeningQueries(file: string): Promise<ScreeningQuery[]> {
  const rows = await readCsvWithHeader(file, ["name"]);
  return rows.map((r) => {
    const name = r.get("name");
    if (!name) throw badInput(file, r.line, 1, "expected a name to screen", "fill in the name column");
    const q: ScreeningQuery = { name };
    const list = (col: string) =>
      r
        .get(col)
        .split(";")
        .map((x) => x.trim())
        .filter((x) => x.length > 0);
    if (r.get("country")) q.country = r.get("country");
    if (r.get("birthDate")) q.birthDate = r.get("birthDate");
    if (list("aliases").length > 0) q.aliases = list("aliases");
    if (list("identifiers").length > 0) q.identifiers = list("identifiers");
    return q;
  });
}
