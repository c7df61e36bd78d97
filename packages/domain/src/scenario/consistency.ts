/**
 * Checks the schema cannot express field by field: text that no system should store (NUL, lone
 * UTF-16 surrogates), and dates or terms that contradict each other. Every accepted field is used
 * by some analysis; what would be accepted and ignored is rejected here with its path and a fix.
 */
import { unsafeTextKind } from "@chiproad/data";
import { checkActuals } from "./actuals-checks.ts";
import type { PathSegment, RawIssue } from "./references.ts";
import type { Scenario } from "./schema.ts";

const badText = (s: string) => unsafeTextKind(s) !== undefined;

function describeBadText(s: string): string {
  return unsafeTextKind(s) === "nul"
    ? "contains a NUL character"
    : "contains a lone UTF-16 surrogate (broken text)";
}

/** Every string (and key) of the raw document that contains NUL or a lone surrogate. */
export function checkText(raw: unknown): RawIssue[] {
  const issues: RawIssue[] = [];
  const walk = (v: unknown, path: PathSegment[]) => {
    if (typeof v === "string") {
      if (badText(v))
        issues.push({
          path,
          message: `text ${describeBadText(v)}`,
          hint: "remove the control character or fix the encoding (UTF-8)",
        });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    } else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (badText(k))
          issues.push({ path, message: `a field name ${describeBadText(k)}`, hint: "rename the field" });
        else walk(x, [...path, k]);
      }
    }
  };
  walk(raw, []);
  return issues;
}

/** Dates and loan terms that contradict each other (on a document that passed the schema). */
export function checkConsistency(s: Scenario): RawIssue[] {
  const issues: RawIssue[] = [];
  const start = s.program.startDate;
  s.targets.forEach((t, i) => {
    const required = new Set(t.inputs.map((x) => x.input));
    const inLine = new Map<string, string>();
    t.lines.forEach((l, j) => {
      [...l.inputs, ...l.exceptions].forEach((input, k) => {
        const field = k < l.inputs.length ? "inputs" : "exceptions";
        const index = k < l.inputs.length ? k : k - l.inputs.length;
        if (!required.has(input))
          issues.push({
            path: ["targets", i, "lines", j, field, index],
            message: `${input} is not an input of target ${t.id}`,
            hint: `a line groups the target's own inputs: ${[...required].join(", ")}`,
          });
      });
      for (const [k, input] of l.exceptions.entries())
        if (!l.inputs.includes(input))
          issues.push({
            path: ["targets", i, "lines", j, "exceptions", k],
            message: `${input} is an exception but not one of the line's inputs`,
            hint: "list it in the line's inputs too",
          });
      l.inputs.forEach((input, k) => {
        const other = inLine.get(input);
        if (other !== undefined)
          issues.push({
            path: ["targets", i, "lines", j, "inputs", k],
            message: `${input} is already in line ${other}`,
            hint: "an input belongs to one line at most",
          });
        inLine.set(input, l.id);
      });
    });
    if (t.dueDate < start)
      issues.push({
        path: ["targets", i, "dueDate"],
        message: `due date ${t.dueDate} is before the programme start ${start}`,
        hint: "a target cannot be due before the programme starts; move the due date or program.startDate",
      });
    if (t.deadline !== undefined && t.deadline < start)
      issues.push({
        path: ["targets", i, "deadline"],
        message: `deadline ${t.deadline} is before the programme start ${start}`,
        hint: "move the deadline or program.startDate",
      });
    else if (t.deadline !== undefined && t.deadline < t.dueDate)
      issues.push({
        path: ["targets", i, "deadline"],
        message: `deadline ${t.deadline} is before the due date ${t.dueDate}`,
        hint: "the soft due date can never matter after a hard deadline; set the due date on or before the deadline",
      });
  });
  s.rules.exportControls.forEach((r, i) => {
    if (
      r.effectiveFrom !== undefined &&
      r.effectiveUntil !== undefined &&
      r.effectiveUntil <= r.effectiveFrom
    )
      issues.push({
        path: ["rules", "exportControls", i, "effectiveUntil"],
        message: `effectiveUntil ${r.effectiveUntil} is not after effectiveFrom ${r.effectiveFrom}`,
        hint: "a rule is in force from effectiveFrom up to (not including) effectiveUntil",
      });
  });
  s.partners.forEach((p, i) => {
    if ((p.country === undefined) === (p.bloc === undefined))
      issues.push({
        path: ["partners", i],
        message: "a partner needs exactly one of country (ISO3) or bloc (a country group id)",
        hint: "give country: CHN for a country, or bloc: EU with rules.countryGroups [{ id: EU, members: [...] }]",
      });
  });
  const gapIds = new Set(s.targets.flatMap((t) => [t.id, ...t.inputs.map((i) => `${t.id}:${i.input}`)]));
  s.milestones.forEach((m, i) => {
    m.gates.forEach((g, j) => {
      if (!gapIds.has(g))
        issues.push({
          path: ["milestones", i, "gates", j],
          message: `"${g}" is neither a target id nor a gap id (target:input)`,
          hint: `use a target id or one of: ${[...gapIds].slice(0, 6).join(", ")}`,
        });
    });
  });
  const milestoneIds = new Set(s.milestones.map((m) => m.id));
  s.funds.instruments.forEach((f, i) => {
    f.tranches.forEach((t, k) => {
      if (t.after !== undefined && !milestoneIds.has(t.after))
        issues.push({
          path: ["funds", "instruments", i, "tranches", k, "after"],
          message: `unknown milestone "${t.after}"`,
          hint: `define it in milestones or use one of: ${[...milestoneIds].slice(0, 6).join(", ") || "(none)"}`,
        });
    });
  });
  s.facilities.forEach((f, i) => {
    if (f.capacity.length === 0 && !f.construction)
      issues.push({
        path: ["facilities", i],
        key: "capacity",
        message: "a facility needs capacity steps, a construction, or both",
        hint: "add capacity: [{ from: YYYY-MM-DD, area: m² }] or construction: { duration, cost, area }",
      });
  });
  // Capacities are compared like with like: every capacity for an input counts what targets need of it.
  const units = new Map<string, Set<string>>();
  for (const t of s.targets)
    for (const x of t.inputs) {
      const set = units.get(x.input) ?? new Set<string>();
      set.add(x.demand?.unit ?? "units-per-year");
      units.set(x.input, set);
    }
  const checkUnit = (input: string, unit: string, path: PathSegment[]) => {
    const needed = units.get(input);
    if (needed && !needed.has(unit))
      issues.push({
        path,
        message: `capacity in ${unit}, but the targets need ${input} in ${[...needed].join(", ")}`,
        hint: "state the capacity in the unit the targets' demand uses (targets[].inputs[].demand.unit)",
      });
  };
  s.domestic.capabilities.forEach((c, i) => {
    checkUnit(c.input, c.unit, ["domestic", "capabilities", i, "unit"]);
  });
  s.partners.forEach((p, i) => {
    p.offers.forEach((o, j) => {
      checkUnit(o.input, o.unit, ["partners", i, "offers", j, "unit"]);
    });
  });
  const home = s.program.currency;
  const needRate = (currency: string | undefined, date: string, path: PathSegment[]) => {
    if (currency === undefined || currency === home) return;
    const has = s.program.exchangeRates.some((r) => r.currency === currency && r.date <= date);
    if (!has)
      issues.push({
        path,
        message: `no exchange rate for ${currency} on or before ${date}`,
        hint: `add program.exchangeRates: [{ currency: ${currency}, date: <on or before ${date}>, rate: <${home} per ${currency}> }]`,
      });
  };
  s.models.forEach((m, i) => {
    needRate(m.currency, s.program.startDate, ["models", i, "currency"]);
  });
  s.workforce.training.forEach((p, i) => {
    needRate(p.currency, s.program.startDate, ["workforce", "training", i, "currency"]);
  });
  s.funds.instruments.forEach((f, i) => {
    f.tranches.forEach((t, k) => {
      needRate(f.currency, t.date, ["funds", "instruments", i, "tranches", k, "date"]);
    });
  });
  s.funds.instruments.forEach((f, i) => {
    const loanTerms = (["rate", "termYears", "graceYears"] as const).filter((k) => f[k] !== undefined);
    if (f.kind !== "soft-loan") {
      for (const k of loanTerms)
        issues.push({
          path: ["funds", "instruments", i, k],
          message: `${k} applies to a soft-loan, not to a ${f.kind}`,
          hint: `remove ${k} or set kind: soft-loan`,
        });
      return;
    }
    for (const k of ["rate", "termYears"] as const) {
      if (f[k] === undefined)
        issues.push({
          path: ["funds", "instruments", i],
          key: k,
          message: `a soft-loan needs ${k} for its debt-service schedule`,
          hint: "add rate (annual, e.g. 0.03) and termYears (and graceYears if any)",
        });
    }
    if (f.termYears !== undefined && (f.graceYears ?? 0) >= f.termYears)
      issues.push({
        path: ["funds", "instruments", i, "graceYears"],
        message: `graceYears ${f.graceYears} is not shorter than termYears ${f.termYears}`,
        hint: "the grace period is part of the term; make it shorter",
      });
  });
  issues.push(...checkActuals(s));
  return issues;
}
