import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST } from "../roadmap/testing/fixtures.ts";
import { minimalScenario, minimalScenarioInput } from "../scenario/minimal.ts";
import { parseScenario } from "../scenario/parse.ts";
import type { ScenarioInput } from "../scenario/schema.ts";

/** A BRL programme buying a USD-quoted transfer, paid from USD tranches at two dated rates. */
function brl(s: ScenarioInput) {
  s.program.currency = "BRL";
  s.program.exchangeRates = [
    { currency: "USD", date: "2024-12-01", rate: 5 },
    { currency: "USD", date: "2025-05-01", rate: 5.5 },
  ];
  s.models![0]!.currency = "USD"; // negotiate 100 + transfer 1,000 USD
  s.funds = {
    instruments: [
      {
        id: "idb",
        kind: "grant",
        name: "Development bank",
        currency: "USD",
        tranches: [
          { date: "2025-01-01", amount: 1000 },
          { date: "2025-06-01", amount: 1000 },
        ],
      },
    ],
  };
}

describe("currencies with dated exchange rates", () => {
  it("converts costs at the programme start's rate and each tranche at its own date's rate (hand-computed)", () => {
    const plan = planRoadmap(minimalScenario(brl), {}, FAST);
    expect(plan.status).toMatch(/optimal|feasible/);
    // Costs: (100 + 1,000) USD × 5 (rate in force on 2025-01-01) = 5,500 BRL.
    expect(plan.totalCost).toBe(5500);
    // Money: 1,000 USD × 5 on 2025-01-01 + 1,000 USD × 5.5 on 2025-06-01 = 10,500 BRL.
    expect(plan.budget.at(-1)!.cumulativeAvailable).toBe(10_500);
    expect(plan.provenance.currency).toBe("BRL");
    expect(plan.provenance.exchangeRates).toEqual([
      {
        currency: "USD",
        date: "2024-12-01",
        rate: 5,
        applied: ["models[0]", "funds.instruments[0].tranches[0]"],
      },
      { currency: "USD", date: "2025-05-01", rate: 5.5, applied: ["funds.instruments[0].tranches[1]"] },
    ]);
  });

  it("rejects an amount in a currency with no rate in force on its date", () => {
    const s = minimalScenarioInput();
    brl(s);
    s.funds!.instruments![0]!.currency = "JPY";
    const r = parseScenario(JSON.stringify(s, null, 1), "s.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.message])).toEqual([
      ["funds.instruments[0].tranches[0].date", "no exchange rate for JPY on or before 2025-01-01"],
      ["funds.instruments[0].tranches[1].date", "no exchange rate for JPY on or before 2025-06-01"],
    ]);
  });
});
