import { renderMessage } from "../messages/index.ts";
import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { createCalendar, dateOfPeriod, periodAtOrAfter, periodAtOrBefore } from "./calendar.ts";
import { buildResources, cohortsOf } from "./resources.ts";
import { chainSlots } from "./work-packages.ts";

const weeks = createCalendar("2025-01-01", "week");

describe("calendar", () => {
  it("maps periods to ISO dates and rounds releases up, deadlines down", () => {
    expect(dateOfPeriod(weeks, 0)).toBe("2025-01-01");
    expect(dateOfPeriod(weeks, 52)).toBe("2025-12-31");
    expect(periodAtOrAfter(weeks, "2025-01-09")).toBe(2);
    expect(periodAtOrBefore(weeks, "2025-01-09")).toBe(1);
    expect(periodAtOrAfter(weeks, "2024-06-01")).toBe(0);
  });
});

describe("buildResources", () => {
  it("grows an engineer pool as cohorts finish, back to back and `capacity` at a time", () => {
    const scenario = minimalScenario((s) => {
      s.workforce = {
        pools: [{ id: "eng", name: "Engineers", initial: 4 }],
        training: [
          { id: "a", pool: "eng", cohortSize: 10, duration: 8, capacity: 2, maxCohorts: 3, costPerCohort: 0 },
        ],
      };
    });
    const res = buildResources(scenario, weeks, 260);
    expect(res.renewable[0]).toEqual({
      id: "engineers:eng",
      capacity: [
        { from: 0, capacity: 4 },
        { from: 8, capacity: 24 },
        { from: 16, capacity: 34 },
      ],
    });
    expect(cohortsOf(scenario.workforce.training[0]!, weeks, 12)).toHaveLength(2);
  });

  it("nets training spend out of the tranches and blocks when training cannot be paid", () => {
    const funded = minimalScenario((s) => {
      s.funds = {
        instruments: [
          { id: "f", kind: "grant", name: "F", tranches: [{ date: "2025-01-01", amount: 1000 }] },
        ],
      };
      s.workforce = {
        pools: [{ id: "eng", name: "E", initial: 0 }],
        training: [
          {
            id: "a",
            pool: "eng",
            cohortSize: 5,
            duration: 4,
            capacity: 1,
            maxCohorts: 1,
            costPerCohort: 400,
          },
        ],
      };
    });
    const ok = buildResources(funded, weeks, 260);
    expect(ok.blocked).toEqual([]);
    expect(ok.budgets[0]!.tranches).toEqual([{ time: 0, amount: 600 }]);

    const short = minimalScenario((s) => {
      s.funds = {
        instruments: [
          { id: "f", kind: "grant", name: "F", tranches: [{ date: "2025-03-01", amount: 1000 }] },
        ],
      };
      s.workforce = {
        pools: [{ id: "eng", name: "E", initial: 0 }],
        training: [
          {
            id: "a",
            pool: "eng",
            cohortSize: 5,
            duration: 4,
            capacity: 1,
            maxCohorts: 1,
            costPerCohort: 400,
          },
        ],
      };
    });
    expect(renderMessage(buildResources(short, weeks, 260).blocked[0]!, "en")).toMatch(
      /training programme spends 100 by 2025-01-01 but the funds provide only 0/,
    );
  });
});

describe("chainSlots", () => {
  it("takes the union of the models' work packages in the canonical order", () => {
    const [tt] = minimalScenario().models;
    const jv = {
      ...tt!,
      id: "jv",
      workPackages: [
        { kind: "production" as const, duration: 1, cost: 0, engineers: 0, cleanroom: 0 },
        { kind: "setup-company" as const, duration: 1, cost: 0, engineers: 0, cleanroom: 0 },
      ],
    };
    expect(chainSlots([tt!, jv]).map((s) => s.kind)).toEqual([
      "negotiate",
      "setup-company",
      "transfer",
      "production",
    ]);
  });
});
