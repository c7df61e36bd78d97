/**
 * Debt service of the programme's soft loans. Each tranche is a disbursement with the loan's
 * terms counted from its own date: yearly payments on its anniversaries; interest on the
 * outstanding balance at `rate` every year; interest only during `graceYears`; then equal principal
 * repayments over the remaining `termYears − graceYears` years. Amounts are rounded to whole
 * currency units, the last repayment absorbing the rounding.
 *
 * Loans count as money sources when their tranches arrive (like every tranche); the payments due
 * within the planning horizon are paid from the programme's money (a fixed outflow the planner
 * reserves, like training), so the plan never spends what the debt service needs.
 */
import type { FundInstrument, Scenario } from "../scenario/index.ts";
import { inProgrammeCurrency } from "./currency.ts";

export interface DebtPayment {
  date: string;
  interest: number;
  principal: number;
  /** Outstanding principal after this payment. */
  balance: number;
}

export interface LoanSchedule {
  instrument: string;
  name: string;
  principal: number;
  rate: number;
  termYears: number;
  graceYears: number;
  payments: DebtPayment[];
  totalInterest: number;
}

/** One month of the programme's cash (see `roadmap/curves.ts`). */
export interface CashPoint {
  date: string;
  inflow: number;
  spend: number;
  debtService: number;
  balance: number;
}

export interface Financing {
  currency: string;
  loans: LoanSchedule[];
  totalInterest: number;
  totalDebtService: number;
  /** Month by month: tranches in, work and debt service out, the balance (empty without a schedule). */
  cashBalance: CashPoint[];
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February on a non-leap anniversary: the payment falls on 28 February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Payments of one disbursement. Fractional terms round up to whole years of payments. */
function trancheSchedule(
  amount: number,
  date: string,
  rate: number,
  term: number,
  grace: number,
): DebtPayment[] {
  const years = Math.ceil(term);
  const graceYears = Math.min(Math.floor(grace), years - 1);
  const repayYears = years - graceYears;
  const share = Math.floor(amount / repayYears);
  let balance = amount;
  const out: DebtPayment[] = [];
  for (let k = 1; k <= years; k++) {
    const interest = Math.round(balance * rate);
    const principal = k <= graceYears ? 0 : k === years ? balance : share;
    balance -= principal;
    out.push({ date: addYears(date, k), interest, principal, balance });
  }
  return out;
}

export function loanSchedule(f: FundInstrument): LoanSchedule | undefined {
  if (f.kind !== "soft-loan" || f.rate === undefined || f.termYears === undefined) return undefined;
  const grace = f.graceYears ?? 0;
  const byDate = new Map<string, DebtPayment>();
  for (const t of f.tranches) {
    for (const p of trancheSchedule(Math.round(t.amount), t.date, f.rate, f.termYears, grace)) {
      const prev = byDate.get(p.date);
      byDate.set(
        p.date,
        prev
          ? {
              date: p.date,
              interest: prev.interest + p.interest,
              principal: prev.principal + p.principal,
              balance: 0,
            }
          : { ...p, balance: 0 },
      );
    }
  }
  const principal = f.tranches.reduce((s, t) => s + Math.round(t.amount), 0);
  let balance = principal;
  const payments = [...byDate.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => {
      balance -= p.principal;
      return { ...p, balance };
    });
  return {
    instrument: f.id,
    name: f.name,
    principal,
    rate: f.rate,
    termYears: f.termYears,
    graceYears: grace,
    payments,
    totalInterest: payments.reduce((s, p) => s + p.interest, 0),
  };
}

export function financingOf(quoted: Scenario): Financing {
  const scenario = inProgrammeCurrency(quoted);
  const loans = scenario.funds.instruments.flatMap((f) => {
    const s = loanSchedule(f);
    return s ? [s] : [];
  });
  const totalInterest = loans.reduce((s, l) => s + l.totalInterest, 0);
  return {
    currency: scenario.program.currency,
    loans,
    totalInterest,
    totalDebtService: totalInterest + loans.reduce((s, l) => s + l.principal, 0),
    cashBalance: [],
  };
}
