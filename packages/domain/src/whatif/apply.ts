import { ScenarioError, type ScenarioIssue, type Scenario } from "../scenario/index.ts";
import { addDays } from "../roadmap/calendar.ts";
import type { Change, ChangeSet } from "./change-set.ts";

function notFound(what: string, id: string, known: readonly string[], index: number): ScenarioIssue {
  return {
    file: "change set",
    line: 0,
    column: 0,
    path: `changes[${index}]`,
    message: `unknown ${what} "${id}"`,
    hint: known.length > 0 ? `known: ${known.join(", ")}` : `the scenario has no ${what}s`,
  };
}

/** True when `id` names a record of `records`; otherwise records an "unknown" issue for change `index`. */
function exists(
  what: string,
  id: string,
  records: readonly { id: string }[],
  index: number,
  issues: ScenarioIssue[],
): boolean {
  if (records.some((r) => r.id === id)) return true;
  issues.push(
    notFound(
      what,
      id,
      records.map((r) => r.id),
      index,
    ),
  );
  return false;
}

function applyOne(s: Scenario, c: Change, index: number, issues: ScenarioIssue[]): Scenario {
  switch (c.type) {
    case "block-partner": {
      if (!exists("partner", c.partner, s.partners, index, issues)) return s;
      // A blocked partner keeps its record (it still appears in reports) but offers nothing.
      return { ...s, partners: s.partners.map((p) => (p.id === c.partner ? { ...p, offers: [] } : p)) };
    }
    case "cut-tranche":
    case "delay-tranche": {
      const inst = s.funds.instruments.find((i) => i.id === c.instrument);
      if (!inst) {
        exists("fund instrument", c.instrument, s.funds.instruments, index, issues);
        return s;
      }
      if (c.date !== undefined && !inst.tranches.some((t) => t.date === c.date)) {
        issues.push({
          ...notFound(
            "tranche date",
            c.date,
            inst.tranches.map((t) => t.date),
            index,
          ),
          path: `changes[${index}].date`,
        });
        return s;
      }
      const tranches = inst.tranches.map((t) => {
        if (c.date !== undefined && t.date !== c.date) return t;
        if (c.type === "delay-tranche") return { ...t, date: addDays(t.date, c.days) };
        return { ...t, amount: c.factor !== undefined ? t.amount * c.factor : (c.amount ?? t.amount) };
      });
      return {
        ...s,
        funds: {
          instruments: s.funds.instruments.map((i) => (i.id === c.instrument ? { ...i, tranches } : i)),
        },
      };
    }
    case "add-rule":
      return { ...s, rules: { ...s.rules, exportControls: [...s.rules.exportControls, c.rule] } };
    case "training": {
      if (!exists("training pipeline", c.pipeline, s.workforce.training, index, issues)) return s;
      const training = s.workforce.training.map((p) =>
        p.id !== c.pipeline
          ? p
          : {
              ...p,
              ...(c.capacity !== undefined ? { capacity: c.capacity } : {}),
              ...(c.cohortSize !== undefined ? { cohortSize: c.cohortSize } : {}),
              ...(c.maxCohorts !== undefined ? { maxCohorts: c.maxCohorts } : {}),
            },
      );
      return { ...s, workforce: { ...s.workforce, training } };
    }
    case "facility-capacity": {
      if (!exists("facility", c.facility, s.facilities, index, issues)) return s;
      return {
        ...s,
        facilities: s.facilities.map((f) =>
          f.id !== c.facility
            ? f
            : {
                ...f,
                capacity: [...f.capacity.filter((x) => x.from !== c.from), { from: c.from, area: c.area }],
              },
        ),
      };
    }
    case "engineers": {
      if (!exists("engineer pool", c.pool, s.workforce.pools, index, issues)) return s;
      const pools = s.workforce.pools.map((p) => (p.id === c.pool ? { ...p, initial: c.initial } : p));
      return { ...s, workforce: { ...s.workforce, pools } };
    }
  }
}

/** The scenario with every change applied in order (pure: the input is not modified). */
export function applyChanges(scenario: Scenario, changes: ChangeSet): Scenario {
  const issues: ScenarioIssue[] = [];
  const out = changes.changes.reduce((s, c, i) => applyOne(s, c, i, issues), scenario);
  if (issues.length > 0) throw new ScenarioError(issues);
  return out;
}
