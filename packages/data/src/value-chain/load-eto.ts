import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { badInput } from "../errors.ts";
import { type CsvRow, readCsvWithHeader } from "../input/read-csv.ts";
import { type DataSource, samplePath } from "../source.ts";
import type { ChainEdge, ChainInput, Provider, Provision, Stage, ValueChain } from "./model.ts";

const ETO_SOURCE: DataSource = {
  name: "ETO Advanced Semiconductor Supply Chain Dataset (Chip Explorer)",
  license: "CC BY-NC 4.0",
  attribution:
    "Data: Emerging Technology Observatory (CSET, Georgetown University), Advanced Semiconductor Supply Chain Dataset, CC BY-NC 4.0, https://eto.tech/dataset-docs/chipexplorer/",
  dataDate: "unknown",
};

/** The repository's copy of the ETO files (CC BY-NC 4.0, optional sample data). */
export const SAMPLE_ETO_DIR = samplePath("noncommercial", "eto");

/**
 * Loads the ETO chip-explorer CSVs (stages, inputs, sequence, providers, provision) from `dir` into a typed
 * graph: stage → inputs → sub-inputs, with each provider's share. Inputs without a stage inherit it by
 * walking "goes into"/"is a type of" edges up to a top-level process. A `source.json` beside the files
 * (name, license, attribution, dataDate, version) describes the release.
 */
export async function loadValueChain(dir: string = SAMPLE_ETO_DIR): Promise<ValueChain> {
  const file = (name: string) => join(dir, name);
  const [stageRows, inputRows, sequenceRows, providerRows, provisionRows] = await Promise.all([
    readCsvWithHeader(file("stages.csv"), ["stage_id", "stage_name"]),
    readCsvWithHeader(file("inputs.csv"), ["input_id", "input_name", "type", "stage_id"]),
    readCsvWithHeader(file("sequence.csv"), ["input_id", "goes_into_id", "is_type_of_id"]),
    readCsvWithHeader(file("providers.csv"), ["provider_name", "provider_id", "provider_type", "country"]),
    readCsvWithHeader(file("provision.csv"), ["provider_id", "provided_id", "share_provided", "year"]),
  ]);
  const source = await readSource(dir);

  const stages = uniqueRows(stageRows, file("stages.csv"), "stage_id").map(
    (r): Stage =>
      withOptional({ id: r.get("stage_id"), name: r.get("stage_name") }, "description", r.get("description")),
  );
  const stageIds = new Set(stages.map((s) => s.id));

  const inputs = uniqueRows(inputRows, file("inputs.csv"), "input_id").map((r) => {
    const stageId = r.get("stage_id");
    if (stageId && !stageIds.has(stageId)) {
      throw badInput(
        file("inputs.csv"),
        r.line,
        5,
        `unknown stage_id "${stageId}"`,
        "use an id from stages.csv",
      );
    }
    let input: ChainInput = { id: r.get("input_id"), name: r.get("input_name"), type: r.get("type") };
    input = withOptional(input, "stageId", stageId);
    input = withOptional(input, "description", r.get("description"));
    return withOptional(input, "marketSize", r.get("market_share_chart_global_market_size_info"));
  });
  const byId = new Map(inputs.map((i) => [i.id, i]));

  const edges: ChainEdge[] = [];
  for (const r of sequenceRows) {
    const from = r.get("input_id");
    requireInput(byId, from, file("sequence.csv"), r, "input_id");
    const into = r.get("goes_into_id");
    if (into) {
      requireInput(byId, into, file("sequence.csv"), r, "goes_into_id");
      edges.push({ from, to: into, kind: "goes_into" });
    }
    const typeOf = r.get("is_type_of_id");
    if (typeOf) {
      requireInput(byId, typeOf, file("sequence.csv"), r, "is_type_of_id");
      edges.push({ from, to: typeOf, kind: "is_type_of" });
      const child = byId.get(from)!;
      if (child.parentId === undefined) child.parentId = typeOf;
    }
  }
  inheritStages(inputs, edges);

  const providers = mergeProviders(providerRows, file("providers.csv"));
  const providerIds = new Set(providers.map((p) => p.id));
  const provision = provisionRows.map((r): Provision => {
    const providerId = r.get("provider_id");
    const inputId = r.get("provided_id");
    if (!providerIds.has(providerId)) {
      throw badInput(
        file("provision.csv"),
        r.line,
        2,
        `unknown provider_id "${providerId}"`,
        "use an id from providers.csv",
      );
    }
    if (!byId.has(inputId) && !stageIds.has(inputId)) {
      throw badInput(
        file("provision.csv"),
        r.line,
        4,
        `unknown provided_id "${inputId}"`,
        "use an input or stage id",
      );
    }
    let p: Provision = { providerId, inputId };
    const raw = r.get("share_provided");
    if (raw) {
      const pct = Number(raw);
      if (!Number.isFinite(pct) || pct < 0 || pct > 100.5) {
        throw badInput(
          file("provision.csv"),
          r.line,
          5,
          `expected a share 0–100, got "${raw}"`,
          "fix the number",
        );
      }
      p = { ...p, share: Math.min(1, pct / 100) };
    }
    const year = Number(r.get("year"));
    if (r.get("year") && Number.isInteger(year)) p = { ...p, year };
    return p;
  });

  return { source, stages, inputs, edges, providers, provision };
}

async function readSource(dir: string): Promise<DataSource> {
  const path = join(dir, "source.json");
  if (!existsSync(path)) return ETO_SOURCE;
  const raw = JSON.parse(await readFile(path, "utf8")) as Partial<DataSource>;
  return {
    name: raw.name ?? ETO_SOURCE.name,
    license: raw.license ?? ETO_SOURCE.license,
    attribution: raw.attribution ?? ETO_SOURCE.attribution,
    dataDate: raw.dataDate ?? ETO_SOURCE.dataDate,
    ...(raw.version ? { version: raw.version } : {}),
  };
}

function withOptional<T extends object, K extends string>(obj: T, key: K, value: string): T {
  return value ? { ...obj, [key]: value } : obj;
}

function uniqueRows(rows: CsvRow[], file: string, key: string): CsvRow[] {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const id = r.get(key);
    if (!id) throw badInput(file, r.line, 1, `expected a value in column "${key}"`, "fill in the id");
    const first = seen.get(id);
    if (first !== undefined) {
      throw badInput(
        file,
        r.line,
        1,
        `duplicated ${key} "${id}" (first on line ${first})`,
        "remove the duplicate row",
      );
    }
    seen.set(id, r.line);
  }
  return rows;
}

function requireInput(
  byId: Map<string, ChainInput>,
  id: string,
  file: string,
  r: CsvRow,
  column: string,
): void {
  if (!byId.has(id)) throw badInput(file, r.line, 1, `${column} "${id}" is not in inputs.csv`, "fix the id");
}

/** Providers repeat once per alias (ETO providers.csv); merge them on provider_id. */
function mergeProviders(rows: CsvRow[], file: string): Provider[] {
  const byId = new Map<string, Provider>();
  for (const r of rows) {
    const id = r.get("provider_id");
    const kind = r.get("provider_type");
    if (kind !== "country" && kind !== "organization") {
      throw badInput(
        file,
        r.line,
        4,
        `expected provider_type country|organization, got "${kind}"`,
        "fix the type",
      );
    }
    const name = r.get("provider_name");
    const alias = r.get("alias");
    const existing = byId.get(id);
    if (existing) {
      if (alias && !existing.aliases?.includes(alias))
        existing.aliases = [...(existing.aliases ?? []), alias];
      continue;
    }
    const country = kind === "country" ? name : r.get("country");
    const provider: Provider = { id, name, kind };
    if (/^[A-Z]{3}$/.test(country)) provider.country = country;
    if (alias) provider.aliases = [alias];
    byId.set(id, provider);
  }
  return [...byId.values()];
}

/** Breadth-first up the graph from each stage-less input to the nearest input that has a stage. */
function inheritStages(inputs: ChainInput[], edges: ChainEdge[]): void {
  const up = new Map<string, string[]>();
  for (const e of edges) up.set(e.from, [...(up.get(e.from) ?? []), e.to]);
  const byId = new Map(inputs.map((i) => [i.id, i]));
  for (const input of inputs) {
    if (input.stageId) continue;
    const seen = new Set([input.id]);
    let frontier = [input.id];
    while (frontier.length > 0 && !input.stageId) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const parent of up.get(id) ?? []) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          const stage = byId.get(parent)?.stageId;
          if (stage && !input.stageId) input.stageId = stage;
          next.push(parent);
        }
      }
      frontier = next;
    }
  }
}
