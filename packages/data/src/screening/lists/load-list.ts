import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { badInput, notFound } from "../../errors.ts";
import { decodeText } from "../../input/decode-text.ts";
import { loadFtm } from "../load-ftm.ts";
import { isOfacSetFile, loadOfacSdn, ofacPrimaryFile } from "../load-ofac.ts";
import { type ListFormat, type ListRelease, makeRelease } from "./list-release.ts";
import { readEuXml } from "./load-eu-xml.ts";
import { readOfacXml } from "./load-ofac-xml.ts";
import { readUkCsv } from "./load-uk-csv.ts";
import { readUnXml } from "./load-un-xml.ts";
import { parseXml } from "./xml-tree.ts";

/**
 * Reads one release of one sanctions list, its format told by the file: OFAC legacy CSV sets (`sdn.csv`,
 * `cons_prim.csv` with their add/alt files), XML by its root element (OFAC `sdnList`, EU `export`, UN
 * `CONSOLIDATED_LIST`), OFSI's `ConList.csv` by its "Last Updated" line, FollowTheMoney `.json`/`.jsonl`.
 * All or nothing: a malformed file (truncated XML, wrong columns, not UTF-8) or an empty list throws a
 * BAD_INPUT error with file:line or an XPath, and nothing is returned.
 */
export async function loadListRelease(file: string): Promise<ListRelease> {
  if (!existsSync(file)) throw notFound(`${file}: no such file`, "check the path of the list file");
  const name = basename(file).toLowerCase();
  if (/\.(json|jsonl|ndjson)$/.test(name)) {
    const entities = await loadFtm(file);
    const version = entities[0]?.datasetVersion ?? `${basename(file)}@undated`;
    const date = entities[0]?.publicationDate;
    return makeRelease(
      {
        list: "OpenSanctions",
        version,
        ...(date ? { publicationDate: date } : {}),
        format: "ftm-json",
        file,
      },
      entities,
    );
  }
  if (isOfacSetFile(file)) {
    const primary = ofacPrimaryFile(file);
    if (!existsSync(primary))
      throw notFound(
        `${file}: no ${basename(primary)} beside it`,
        "put the whole OFAC CSV set in one folder",
      );
    const meta = await sidecar(primary);
    const cons = basename(primary) === "cons_prim.csv";
    const list = cons ? "OFAC Consolidated (non-SDN)" : "OFAC SDN";
    const version = meta.version ?? `${list} ${meta.dataDate ?? "undated"} (${await contentHash(primary)})`;
    const entities = await loadOfacSdn(primary, version);
    const format: ListFormat = cons ? "ofac-cons-csv" : "ofac-sdn-csv";
    return makeRelease(
      { list, version, ...(meta.dataDate ? { publicationDate: meta.dataDate } : {}), format, file: primary },
      entities,
    );
  }
  const bytes = await readFile(file);
  const { text } = decodeText(bytes, file);
  const hash = `sha256:${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}`;
  if (name.endsWith(".xml")) {
    const { root, node } = parseXml(text, file);
    if (root === "sdnList") {
      const r = readOfacXml(node, file);
      return makeRelease(
        {
          list: r.list,
          version: `${r.list} ${r.publicationDate} (${hash})`,
          publicationDate: r.publicationDate,
          format: "ofac-xml",
          file,
        },
        r.entities,
      );
    }
    if (root === "export") {
      const r = readEuXml(node, file);
      return makeRelease(
        {
          list: "EU FSF",
          version: `${r.version} (${hash})`,
          publicationDate: r.publicationDate,
          format: "eu-fsf-xml",
          file,
        },
        r.entities,
      );
    }
    if (root === "CONSOLIDATED_LIST") {
      const r = readUnXml(node, file);
      return makeRelease(
        {
          list: "UN SC",
          version: `UN SC ${r.publicationDate} (${hash})`,
          publicationDate: r.publicationDate,
          format: "un-sc-xml",
          file,
        },
        r.entities,
      );
    }
    throw badInput(
      file,
      1,
      1,
      `unknown XML list with root <${root}>`,
      "pass OFAC sdn.xml/consolidated.xml, the EU FSF XML or the UN SC XML",
    );
  }
  if (name.endsWith(".csv")) {
    const r = readUkCsv(text, file);
    return makeRelease(
      {
        list: "UK Consolidated List",
        version: `UK Consolidated List ${r.publicationDate} (${hash})`,
        publicationDate: r.publicationDate,
        format: "uk-conlist-csv",
        file,
      },
      r.entities,
    );
  }
  throw badInput(
    file,
    1,
    1,
    "expected a sanctions list file (.xml, .csv, .json)",
    "rename the file or convert it to one of the supported formats",
  );
}

/** `source.json` beside a list file: its release name and publication date, when present. */
export async function sidecar(file: string): Promise<{ version?: string; dataDate?: string }> {
  const path = join(dirname(file), "source.json");
  if (!existsSync(path)) return {};
  const meta = JSON.parse(await readFile(path, "utf8")) as { version?: unknown; dataDate?: unknown };
  const out: { version?: string; dataDate?: string } = {};
  if (typeof meta.version === "string") out.version = meta.version;
  if (typeof meta.dataDate === "string") out.dataDate = meta.dataDate;
  return out;
}

async function contentHash(file: string): Promise<string> {
  return `sha256:${createHash("sha256")
    .update(await readFile(file))
    .digest("hex")
    .slice(0, 12)}`;
}
