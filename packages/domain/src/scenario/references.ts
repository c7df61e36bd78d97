import type { ValueChain } from "@chiproad/data";

export type PathSegment = string | number;

/** An issue before it is positioned in the source: a document path (and a key, for a bad field name). */
export interface RawIssue {
  path: PathSegment[];
  key?: string;
  message: string;
  hint?: string;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

// The reference checks read the value defensively: they also run on a document that failed the
// schema (so every problem is reported at once), where any field may be missing or mistyped.
type Node = unknown;
const list = (v: Node): Node[] => (Array.isArray(v) ? v : []);
const field = (v: Node, k: string): Node =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Node>)[k] : undefined;
const text = (v: Node): string | undefined => (typeof v === "string" ? v : undefined);

interface IdTable {
  ids: Set<string>;
  what: string;
  where: string;
}

/**
 * Duplicate ids and references to things that are not defined (partner, firm, model, pool,
 * facility, country group, milestone, value-chain input). Never throws.
 */
export function checkReferences(doc: Node, chain?: ValueChain): RawIssue[] {
  const issues: RawIssue[] = [];
  const table = (items: Node, at: PathSegment[], what: string): IdTable => {
    const ids = new Set<string>();
    list(items).forEach((item, i) => {
      const id = text(field(item, "id"));
      if (id === undefined) return;
      if (ids.has(id)) {
        issues.push({
          path: [...at, i, "id"],
          message: `duplicate ${what} id "${id}"`,
          hint: `ids must be unique among ${formatPath(at)}; rename one`,
        });
      }
      ids.add(id);
    });
    return { ids, what, where: formatPath(at) };
  };
  const ref = (value: Node, t: IdTable, path: PathSegment[]) => {
    const id = text(value);
    if (id === undefined || t.ids.has(id)) return;
    const known = [...t.ids];
    issues.push({
      path,
      message: `unknown ${t.what} "${id}"`,
      hint: known.length
        ? `define it in ${t.where} or use one of: ${known.slice(0, 8).join(", ")}`
        : `define it in ${t.where} first`,
    });
  };
  const inputIds = chain ? new Set(chain.inputs.map((i) => i.id)) : undefined;
  const stageIds = chain ? new Set(chain.stages.map((s) => s.id)) : undefined;
  const inputRef = (value: Node, path: PathSegment[]) => {
    const id = text(value);
    if (id === undefined || !inputIds || inputIds.has(id) || stageIds?.has(id)) return;
    issues.push({
      path,
      message: `unknown value-chain input "${id}"`,
      hint: "use an input_id from the ETO chip-explorer inputs.csv (e.g. N25 Photolithography)",
    });
  };

  table(field(doc, "sources"), ["sources"], "source");
  table(field(doc, "targets"), ["targets"], "target");
  const domestic = field(doc, "domestic");
  const domesticFirms = table(field(domestic, "firms"), ["domestic", "firms"], "domestic firm");
  table(field(doc, "partners"), ["partners"], "partner");
  const models = table(field(doc, "models"), ["models"], "collaboration model");
  const funds = field(doc, "funds");
  table(field(funds, "instruments"), ["funds", "instruments"], "fund instrument");
  const workforce = field(doc, "workforce");
  const pools = table(field(workforce, "pools"), ["workforce", "pools"], "engineer pool");
  table(field(workforce, "training"), ["workforce", "training"], "training pipeline");
  const facilities = table(field(doc, "facilities"), ["facilities"], "facility");
  const rules = field(doc, "rules");
  const groups = table(field(rules, "countryGroups"), ["rules", "countryGroups"], "country group");
  table(field(rules, "exportControls"), ["rules", "exportControls"], "export-control rule");
  table(field(field(rules, "sanctions"), "lists"), ["rules", "sanctions", "lists"], "sanctions list");
  const milestones = table(field(doc, "milestones"), ["milestones"], "milestone");

  // Firm ids are unique across domestic and partner firms: screening results are keyed by them.
  const allFirms = new Map<string, string>();
  for (const id of domesticFirms.ids) allFirms.set(id, "domestic.firms");

  list(field(doc, "targets")).forEach((t, i) => {
    list(field(t, "inputs")).forEach((inp, j) => {
      inputRef(field(inp, "input"), ["targets", i, "inputs", j, "input"]);
    });
    list(field(t, "counterparts")).forEach((c, j) => {
      ref(c, domesticFirms, ["targets", i, "counterparts", j]);
    });
  });
  list(field(domestic, "capabilities")).forEach((c, i) => {
    inputRef(field(c, "input"), ["domestic", "capabilities", i, "input"]);
    ref(field(c, "firm"), domesticFirms, ["domestic", "capabilities", i, "firm"]);
  });
  list(field(doc, "partners")).forEach((p, i) => {
    if (field(p, "bloc") !== undefined) ref(field(p, "bloc"), groups, ["partners", i, "bloc"]);
    const firms = table(field(p, "firms"), ["partners", i, "firms"], "partner firm");
    list(field(p, "firms")).forEach((f, j) => {
      const id = text(field(f, "id"));
      if (id === undefined) return;
      const other = allFirms.get(id);
      if (other !== undefined && other !== `partners[${i}].firms`) {
        issues.push({
          path: ["partners", i, "firms", j, "id"],
          message: `firm id "${id}" is already used in ${other}`,
          hint: "firm ids must be unique across domestic and partner firms",
        });
      }
      allFirms.set(id, `partners[${i}].firms`);
    });
    list(field(p, "offers")).forEach((o, j) => {
      const at: PathSegment[] = ["partners", i, "offers", j];
      inputRef(field(o, "input"), [...at, "input"]);
      ref(field(o, "firm"), firms, [...at, "firm"]);
      list(field(o, "models")).forEach((m, k) => {
        ref(m, models, [...at, "models", k]);
      });
    });
  });
  list(field(doc, "models")).forEach((m, i) => {
    list(field(m, "workPackages")).forEach((w, j) => {
      const at: PathSegment[] = ["models", i, "workPackages", j];
      ref(field(w, "pool"), pools, [...at, "pool"]);
      ref(field(w, "facility"), facilities, [...at, "facility"]);
      const engineers = field(w, "engineers");
      if (typeof engineers === "number" && engineers > 0 && pools.ids.size === 0) {
        issues.push({
          path: [...at, "engineers"],
          message: "engineers are required but no engineer pool is defined",
          hint: "add workforce.pools",
        });
      }
      const cleanroom = field(w, "cleanroom");
      if (typeof cleanroom === "number" && cleanroom > 0 && facilities.ids.size === 0) {
        issues.push({
          path: [...at, "cleanroom"],
          message: "cleanroom area is required but no facility is defined",
          hint: "add facilities with their cleanroom capacity",
        });
      }
    });
    ref(field(field(m, "trainingOutput"), "pool"), pools, ["models", i, "trainingOutput", "pool"]);
  });
  list(field(workforce, "training")).forEach((t, i) => {
    ref(field(t, "pool"), pools, ["workforce", "training", i, "pool"]);
  });
  list(field(rules, "exportControls")).forEach((r, i) => {
    list(field(r, "destinations")).forEach((d, j) => {
      const dest = text(d);
      if (dest === undefined || dest === "*" || groups.ids.has(dest) || /^[A-Z]{3}$/.test(dest)) {
        return;
      }
      ref(dest, groups, ["rules", "exportControls", i, "destinations", j]);
    });
  });
  checkFacilities(field(doc, "facilities"), issues);
  checkUncertainty(field(field(doc, "risk"), "durationUncertainty"), issues);
  checkMilestones(field(doc, "milestones"), milestones, ref, issues);
  return issues;
}

function checkFacilities(facilities: Node, issues: RawIssue[]): void {
  list(facilities).forEach((f, i) => {
    let previous = "";
    list(field(f, "capacity")).forEach((step, j) => {
      const from = text(field(step, "from"));
      if (from === undefined) return;
      if (from <= previous) {
        issues.push({
          path: ["facilities", i, "capacity", j, "from"],
          message: `capacity steps must be in increasing date order; ${from} is not after ${previous}`,
          hint: "sort the steps by date and merge steps on the same date",
        });
      }
      previous = from;
    });
  });
}

function checkUncertainty(entries: Node, issues: RawIssue[]): void {
  const seen = new Set<string>();
  list(entries).forEach((u, i) => {
    const type = text(field(u, "modelType"));
    if (type !== undefined && seen.has(type)) {
      issues.push({
        path: ["risk", "durationUncertainty", i, "modelType"],
        message: `duration uncertainty for "${type}" is given twice`,
        hint: "keep one entry per model type",
      });
    }
    if (type !== undefined) seen.add(type);
    const [min, mode, max] = [field(u, "min"), field(u, "mode"), field(u, "max")];
    if (typeof min === "number" && typeof mode === "number" && typeof max === "number") {
      if (!(min <= mode && mode <= max)) {
        issues.push({
          path: ["risk", "durationUncertainty", i],
          message: `need min ≤ mode ≤ max, got ${min}, ${mode}, ${max}`,
          hint: "these are multipliers of the planned duration, e.g. 0.9, 1.1, 1.6",
        });
      }
    }
  });
}

function checkMilestones(
  milestones: Node,
  table: IdTable,
  ref: (v: Node, t: IdTable, path: PathSegment[]) => void,
  issues: RawIssue[],
): void {
  const after = new Map<string, string[]>();
  list(milestones).forEach((m, i) => {
    const deps = list(field(m, "after"));
    deps.forEach((d, j) => {
      ref(d, table, ["milestones", i, "after", j]);
    });
    const id = text(field(m, "id"));
    if (id !== undefined)
      after.set(
        id,
        deps.filter((d): d is string => typeof d === "string"),
      );
  });
  // Depth-first search for a cycle in the "after" relation.
  const state = new Map<string, "open" | "done">();
  const visit = (id: string): boolean => {
    if (state.get(id) === "done") return false;
    if (state.get(id) === "open") return true;
    state.set(id, "open");
    const cyclic = (after.get(id) ?? []).some((d) => after.has(d) && visit(d));
    state.set(id, "done");
    return cyclic;
  };
  list(milestones).forEach((m, i) => {
    const id = text(field(m, "id"));
    if (id !== undefined && state.get(id) === undefined && visit(id)) {
      issues.push({
        path: ["milestones", i, "after"],
        message: `milestone "${id}" depends on itself through "after"`,
        hint: "remove one dependency of the cycle",
      });
    }
  });
}
