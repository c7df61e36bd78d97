import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST } from "../roadmap/testing/fixtures.ts";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";

/**
 * The minimal programme (negotiate 8 weeks, 100 → transfer 20 weeks, 1,000; from 2025-01-01) paid
 * by a grant of `first` (1,100) and a one-year loan of 1,000 at 10% (repaid with interest, 1,100, on
 * 2026-01-01), plus `later` arriving on 2026-06-01.
 */
function financed(later: number, loan = true, first = 1_100) {
  return minimalScenario((s) => {
    const instruments: NonNullable<ScenarioInput["funds"]>["instruments"] = [
      {
        id: "grant",
        kind: "grant",
        name: "Grant",
        tranches: [
          { date: "2025-01-01", amount: first },
          ...(later > 0 ? [{ date: "2026-06-01", amount: later }] : []),
        ],
      },
    ];
    if (loan)
      instruments.push({
        id: "loan",
        kind: "soft-loan",
        name: "Loan",
        rate: 0.1,
        termYears: 1,
        tranches: [{ date: "2025-01-01", amount: 1_000 }],
      });
    s.funds = { instruments };
  });
}

describe("financing: loans as money sources, debt service as an outflow", () => {
  it("pays the debt service from the programme's money and never spends what has not arrived", () => {
    const plan = planRoadmap(financed(1_000), {}, FAST);
    expect(plan.status).toBe("feasible");
    // Hand-computed: 1,000 at 10% for one year, no grace: one payment of 100 interest + 1,000 principal.
    expect(plan.financing.loans[0]!.payments).toEqual([
      { date: "2026-01-01", interest: 100, principal: 1_000, balance: 0 },
    ]);
    const cash = plan.financing.cashBalance;
    expect(cash.every((m) => m.balance >= 0)).toBe(true);
    // The repayment falls in the period that begins on 2026-01-07 (weeks from a Wednesday).
    expect(cash.find((m) => m.date === "2026-01-01")).toMatchObject({ debtService: 1_100 });
    expect(cash.reduce((s, m) => s + m.inflow, 0)).toBe(3_100);
    expect(cash.reduce((s, m) => s + m.spend, 0)).toBe(1_100);
    expect(cash.at(-1)!.balance).toBe(3_100 - 1_100 - 1_100);
    // Until June 2026 only 2,100 − 1,100 = 1,000 is free for the work, which costs 1,100: its last
    // 100 waits for the June tranche (the period beginning 2026-06-03).
    expect(plan.completion.date! >= "2026-06-03").toBe(true);
  });

  it("plans the same work at once when the loan is not there to repay", () => {
    const plan = planRoadmap(financed(1_000, false), {}, FAST);
    expect(plan.completion.date).toBe("2025-07-16"); // 28 weeks from the start
    expect(plan.financing.cashBalance.every((m) => m.debtService === 0 && m.balance >= 0)).toBe(true);
  });

  it("proves the programme infeasible, naming the debt service, when repayments exceed the funds", () => {
    // 50 + 1,000 arrive; 1,100 is due on 2026-01-01 whatever the work does.
    const plan = planRoadmap(financed(0, true, 50), {}, FAST);
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toContain(
      "training and loan repayments need 1,100 RUB by 2026-01-07 (of which debt service 1,100 RUB) but the funds provide only 1,050 RUB by then; add a tranche, lengthen the loan's grace period or reduce training",
    );
  });
});
