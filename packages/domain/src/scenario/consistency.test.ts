import { describe, expect, it } from "vitest";
import { minimalScenarioInput } from "./minimal.ts";
import { parseScenario } from "./parse.ts";
import type { ScenarioInput } from "./schema.ts";

function issuesOf(edit: (s: ScenarioInput) => void) {
  const s = minimalScenarioInput();
  edit(s);
  const r = parseScenario(JSON.stringify(s, null, 1), "s.json");
  if (r.ok) return [];
  return r.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe("nothing accepted and ignored: validation rejects", () => {
  it("accepts the minimal scenario", () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it("a due date before the programme start", () => {
    expect(
      issuesOf((s) => {
        s.targets[0]!.dueDate = "2024-06-01";
      }),
    ).toEqual([
      { path: "targets[0].dueDate", message: "due date 2024-06-01 is before the programme start 2025-01-01" },
    ]);
  });

  it("a deadline before the due date", () => {
    expect(
      issuesOf((s) => {
        s.targets[0]!.deadline = "2025-06-01";
      }),
    ).toEqual([
      { path: "targets[0].deadline", message: "deadline 2025-06-01 is before the due date 2026-01-01" },
    ]);
  });

  it("absurd magnitudes: 1e308 money, a billion engineers per cohort, a 1e9-period horizon", () => {
    const issues = issuesOf((s) => {
      s.models![0]!.workPackages[0]!.cost = 1e308;
      s.program.horizon = 1e9;
      s.workforce = {
        pools: [{ id: "eng", name: "Engineers", initial: 10 }],
        training: [{ id: "tr", pool: "eng", cohortSize: 1e9, duration: 10, capacity: 1 }],
      };
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      "models[0].workPackages[0].cost",
      "program.horizon",
      "workforce.training[0].cohortSize",
    ]);
  });

  it("NUL and lone surrogates in any string or field name", () => {
    const issues = issuesOf((s) => {
      s.program.name = "Programme\u0000";
      s.targets[0]!.name = "chip \uD800";
      (s.program as Record<string, unknown>)["desc\uDC00"] = "x";
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "program.name", message: "text contains a NUL character" },
        { path: "targets[0].name", message: "text contains a lone UTF-16 surrogate (broken text)" },
        { path: "program", message: "a field name contains a lone UTF-16 surrogate (broken text)" },
      ]),
    );
  });

  it("loan terms on an instrument that is not a loan, and a loan without its terms", () => {
    const issues = issuesOf((s) => {
      s.funds = {
        instruments: [
          {
            id: "g",
            kind: "grant",
            name: "Grant",
            rate: 0.02,
            tranches: [{ date: "2025-01-01", amount: 10 }],
          },
          {
            id: "l",
            kind: "soft-loan",
            name: "Loan",
            rate: 0.03,
            tranches: [{ date: "2025-01-01", amount: 10 }],
          },
        ],
      };
    });
    expect(issues).toEqual([
      { path: "funds.instruments[0].rate", message: "rate applies to a soft-loan, not to a grant" },
      { path: "funds.instruments[1]", message: "a soft-loan needs termYears for its debt-service schedule" },
    ]);
  });

  it("a rule whose end is not after its start", () => {
    const issues = issuesOf((s) => {
      s.rules = {
        exportControls: [
          {
            id: "r",
            regime: "wassenaar",
            categories: ["3E"],
            destinations: ["*"],
            requirement: "prohibited",
            effectiveFrom: "2026-01-01",
            effectiveUntil: "2025-01-01",
            citation: "c",
            text: "t",
          },
        ],
      };
    });
    expect(issues).toEqual([
      {
        path: "rules.exportControls[0].effectiveUntil",
        message: "effectiveUntil 2025-01-01 is not after effectiveFrom 2026-01-01",
      },
    ]);
  });
});
