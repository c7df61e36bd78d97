import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { financingOf } from "./debt-service.ts";

describe("debt service of soft loans", () => {
  it("matches a hand-computed schedule: 1,000,000 at 5% over 4 years with 1 year of grace", () => {
    const s = minimalScenario((x) => {
      x.funds = {
        instruments: [
          {
            id: "loan",
            kind: "soft-loan",
            name: "Loan",
            rate: 0.05,
            termYears: 4,
            graceYears: 1,
            tranches: [{ date: "2025-03-01", amount: 1_000_000 }],
          },
        ],
      };
    });
    const f = financingOf(s);
    // Year 1: interest only 50,000. Then 3 equal repayments of 333,333 (the last 333,334):
    // interest 5% of 1,000,000 / 666,667 / 333,334.
    expect(f.loans[0]!.payments).toEqual([
      { date: "2026-03-01", interest: 50_000, principal: 0, balance: 1_000_000 },
      { date: "2027-03-01", interest: 50_000, principal: 333_333, balance: 666_667 },
      { date: "2028-03-01", interest: 33_333, principal: 333_333, balance: 333_334 },
      { date: "2029-03-01", interest: 16_667, principal: 333_334, balance: 0 },
    ]);
    expect(f.totalInterest).toBe(150_000);
    expect(f.totalDebtService).toBe(1_150_000);
    expect(f.currency).toBe("RUB");
  });

  it("counts each tranche from its own date and merges payments that fall on the same day", () => {
    const s = minimalScenario((x) => {
      x.funds = {
        instruments: [
          {
            id: "loan",
            kind: "soft-loan",
            name: "Loan",
            rate: 0.1,
            termYears: 2,
            tranches: [
              { date: "2025-01-01", amount: 100 },
              { date: "2026-01-01", amount: 100 },
            ],
          },
        ],
      };
    });
    expect(financingOf(s).loans[0]!.payments).toEqual([
      { date: "2026-01-01", interest: 10, principal: 50, balance: 150 },
      { date: "2027-01-01", interest: 15, principal: 100, balance: 50 },
      { date: "2028-01-01", interest: 5, principal: 50, balance: 0 },
    ]);
  });
});
