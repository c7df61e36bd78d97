import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseDocument } from "yaml";
import { countryNameToIso3, toIso3 } from "../countries/country-codes.ts";
import { badInput } from "../errors.ts";
import { decodeText } from "../input/decode-text.ts";
import { csvRowsWithHeader } from "../input/read-csv.ts";

export type FacilityStatus =
  | "announced"
  | "approved"
  | "under_construction"
  | "pilot"
  | "operational"
  | "on_hold"
  | "cancelled"
  | "uncertain";

/** A semiconductor facility (wafer fab, compound fab, ATMP/OSAT plant, research line). */
export interface Facility {
  id: string;
  name: string;
  company: string;
  /** ISO alpha-3. */
  country: string;
  location: { city?: string; region?: string; lat?: number; lon?: number };
  type?: string;
  /** Process node(s) in nm as published, e.g. "28-110". */
  nodeNm?: string;
  waferSizeMm?: number;
  /** Capacity text as published, e.g. "50,000 wafers/month". */
  capacity?: string;
  status: FacilityStatus;
  /** The file the record comes from. */
  source: string;
}

/**
 * Loads a facility list: the India Semiconductor Tracker YAML (`facilities:`), the AI Chip Fab Atlas CSV
 * (`campus_id,…`) or the Chip Sense JSON array. Node, wafer size and capacity are read from the
 * free-text capability fields where present.
 */
export async function loadFabs(file: string): Promise<Facility[]> {
  const { text } = decodeText(await readFile(file), file);
  const ext = extname(file).toLowerCase();
  if (ext === ".yml" || ext === ".yaml") return fromTrackerYaml(text, file);
  if (ext === ".csv") return fromAtlasCsv(text, file);
  if (ext === ".json") return fromSitesJson(text, file);
  throw badInput(
    file,
    1,
    1,
    "expected a .yml, .csv or .json facility list",
    "use one of the documented layouts",
  );
}

const STATUS: [RegExp, FacilityStatus][] = [
  [/cancel/i, "cancelled"],
  [/hold/i, "on_hold"],
  [/pilot|commission/i, "pilot"],
  [/construction|ramp_unresolved/i, "under_construction"],
  [/operat/i, "operational"],
  [/approv/i, "approved"],
  [/announc/i, "announced"],
];

function status(raw: string): FacilityStatus {
  for (const [re, s] of STATUS) if (re.test(raw)) return s;
  return "uncertain";
}

/** "28nm-55nm Logic (50,000 Wafers/Month)" → node "28-55", capacity "50,000 Wafers/Month". */
function fromCapability(text: string): Pick<Facility, "nodeNm" | "capacity" | "waferSizeMm"> {
  const out: Pick<Facility, "nodeNm" | "capacity" | "waferSizeMm"> = {};
  const node = /(\d+(?:\.\d+)?)\s*nm(?:\s*[-–]\s*(\d+(?:\.\d+)?)\s*nm)?/i.exec(text);
  if (node) out.nodeNm = node[2] ? `${node[1]}-${node[2]}` : node[1]!;
  const cap = /([\d,.]+\s*[KkMm]?\s*(?:wafers?|chips?|units?)\s*(?:\/|per)\s*(?:month|day|year))/i.exec(text);
  if (cap) out.capacity = cap[1]!;
  const wafer = /(150|200|300)\s*mm|(6|8|12)[- ]inch/i.exec(text);
  if (wafer)
    out.waferSizeMm = wafer[1]
      ? Number(wafer[1])
      : { 6: 150, 8: 200, 12: 300 }[Number(wafer[2]) as 6 | 8 | 12];
  return out;
}

interface TrackerItem {
  id?: unknown;
  name?: unknown;
  company?: unknown;
  type?: unknown;
  capability?: unknown;
  status?: unknown;
  location?: { city?: unknown; state?: unknown; lat?: unknown; lon?: unknown };
  oecd_taxonomy?: { capability?: { wafer_size?: unknown; feature_size?: unknown } };
}

function fromTrackerYaml(text: string, file: string): Facility[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    throw badInput(
      file,
      pos?.line ?? 1,
      pos?.col ?? 1,
      `expected valid YAML (${e.code})`,
      "fix the YAML syntax",
    );
  }
  let data: { facilities?: TrackerItem[] } | null;
  try {
    data = doc.toJS() as { facilities?: TrackerItem[] } | null;
  } catch (error) {
    // e.g. an alias (*name) to an anchor that does not exist
    throw badInput(file, 1, 1, `expected resolvable YAML (${(error as Error).message})`, "fix the YAML");
  }
  if (!data || !Array.isArray(data.facilities)) {
    throw badInput(file, 1, 1, 'expected a top-level "facilities:" list', "use the India tracker layout");
  }
  return data.facilities.map((f, i) => {
    const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
    const id = str(f.id);
    if (!id) throw badInput(file, 1, 1, `facilities[${i}]: expected an id`, "add an id to every facility");
    const wafer = str(f.oecd_taxonomy?.capability?.wafer_size);
    const facility: Facility = {
      id,
      name: str(f.name),
      company: str(f.company),
      country: "IND",
      location: {},
      status: status(str(f.status)),
      source: basename(file),
      ...fromCapability(`${str(f.capability)} ${wafer.includes("mm") ? wafer : ""}`),
    };
    if (str(f.type)) facility.type = str(f.type);
    const loc = f.location ?? {};
    if (str(loc.city)) facility.location.city = str(loc.city);
    if (str(loc.state)) facility.location.region = str(loc.state);
    if (typeof loc.lat === "number") facility.location.lat = loc.lat;
    if (typeof loc.lon === "number") facility.location.lon = loc.lon;
    return facility;
  });
}

function fromAtlasCsv(text: string, file: string): Facility[] {
  const rows = csvRowsWithHeader(text, file, [
    "campus_id",
    "campus_name",
    "operator",
    "country_code",
    "lifecycle_status",
  ]);
  return rows.map((r) => {
    const country = toIso3(r.get("country_code"));
    if (!country)
      throw badInput(file, r.line, 4, `unknown country_code "${r.get("country_code")}"`, "use ISO alpha-3");
    const facility: Facility = {
      id: r.get("campus_id"),
      name: r.get("campus_name"),
      company: r.get("operator"),
      country,
      location: {},
      type: "Fab",
      status: status(r.get("lifecycle_status")),
      source: basename(file),
    };
    const lat = Number(r.get("latitude_wgs84"));
    const lon = Number(r.get("longitude_wgs84"));
    if (r.get("latitude_wgs84") && Number.isFinite(lat)) facility.location.lat = lat;
    if (r.get("longitude_wgs84") && Number.isFinite(lon)) facility.location.lon = lon;
    return facility;
  });
}

interface SiteItem {
  id?: unknown;
  label?: unknown;
  company_id?: unknown;
  city?: unknown;
  country?: unknown;
  coordinates?: unknown;
}

function fromSitesJson(text: string, file: string): Facility[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw badInput(
      file,
      1,
      1,
      `expected a JSON array of sites (${(error as Error).message})`,
      "fix the JSON",
    );
  }
  if (!Array.isArray(data))
    throw badInput(file, 1, 1, "expected a JSON array of sites", "use the Chip Sense layout");
  return (data as SiteItem[]).map((s, i) => {
    const label = typeof s.label === "string" ? s.label : "";
    const countryName = typeof s.country === "string" ? s.country : "";
    const country = countryNameToIso3(countryName);
    if (!country)
      throw badInput(
        file,
        1,
        1,
        `[${i}].country: unknown country "${countryName}"`,
        "use an English country name",
      );
    const facility: Facility = {
      id: typeof s.id === "string" ? s.id : `site-${i}`,
      name: label,
      company: label.split(" — ")[0] ?? label,
      country,
      location: {},
      status: "operational",
      source: basename(file),
    };
    if (typeof s.city === "string") facility.location.city = s.city;
    if (Array.isArray(s.coordinates) && s.coordinates.length === 2) {
      const [lon, lat] = s.coordinates as unknown[];
      if (typeof lat === "number") facility.location.lat = lat;
      if (typeof lon === "number") facility.location.lon = lon;
    }
    return facility;
  });
}
