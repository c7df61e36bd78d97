/**
 * Money in several currencies. The programme reports in `program.currency`; a model's costs, a fund
 * instrument's tranches or a training pipeline's cohort cost may be quoted in another currency
 * (`currency` on the record) and are converted with `program.exchangeRates` (programme-currency
 * units per one unit of the other currency, dated): a tranche at the rate in force on its own
 * date, costs at the rate in force at the programme start (they are quotes made before the work).
 * "In force on D" = the latest rate dated on or before D. Conversion is idempotent: the result
 * quotes everything in the programme currency.
 */
import type { Scenario } from "../scenario/index.ts";

export interface AppliedRate {
  currency: string;
  date: string;
  rate: number;
  /** What it converted, e.g. `models[2]` or `funds.instruments[0].tranches[1]`. */
  applied: string[];
}

/** The rate in force on `date` for `currency`, or undefined when none is dated on or before it. */
export function rateOn(scenario: Scenario, currency: string, date: string) {
  let best: Scenario["program"]["exchangeRates"][number] | undefined;
  for (const r of scenario.program.exchangeRates) {
    if (r.currency === currency && r.date <= date && (!best || r.date > best.date)) best = r;
  }
  return best;
}

const converted = new WeakSet<Scenario>();
const rateLog = new WeakMap<Scenario, AppliedRate[]>();

/** The scenario with every amount in the programme currency (the same object when nothing is foreign). */
export function inProgrammeCurrency(scenario: Scenario): Scenario {
  if (converted.has(scenario)) return scenario;
  const home = scenario.program.currency;
  const foreign =
    scenario.models.some((m) => m.currency !== undefined && m.currency !== home) ||
    scenario.funds.instruments.some((f) => f.currency !== undefined && f.currency !== home) ||
    scenario.workforce.training.some((p) => p.currency !== undefined && p.currency !== home) ||
    (scenario.actuals?.activities ?? []).some((a) => a.currency !== undefined && a.currency !== home);
  if (!foreign) {
    converted.add(scenario);
    return scenario;
  }
  const used = new Map<string, AppliedRate>();
  const use = (currency: string, date: string, what: string): number => {
    const r = rateOn(scenario, currency, date);
    // Validation guarantees a rate (scenario/consistency.ts); 1 is never reached for valid input.
    if (!r) return 1;
    const key = `${r.currency}@${r.date}`;
    const entry = used.get(key) ?? { currency: r.currency, date: r.date, rate: r.rate, applied: [] };
    entry.applied.push(what);
    used.set(key, entry);
    return r.rate;
  };
  const start = scenario.program.startDate;
  const out: Scenario = {
    ...scenario,
    models: scenario.models.map((m, i) => {
      if (m.currency === undefined || m.currency === home) return m;
      const rate = use(m.currency, start, `models[${i}]`);
      return {
        ...m,
        currency: home,
        workPackages: m.workPackages.map((w) => ({ ...w, cost: Math.round(w.cost * rate) })),
      };
    }),
    funds: {
      instruments: scenario.funds.instruments.map((f, i) => {
        if (f.currency === undefined || f.currency === home) return f;
        return {
          ...f,
          currency: home,
          tranches: f.tranches.map((t, k) => ({
            ...t,
            amount: Math.round(t.amount * use(f.currency!, t.date, `funds.instruments[${i}].tranches[${k}]`)),
          })),
        };
      }),
    },
    workforce: {
      ...scenario.workforce,
      training: scenario.workforce.training.map((p, i) => {
        if (p.currency === undefined || p.currency === home) return p;
        const rate = use(p.currency, start, `workforce.training[${i}]`);
        return { ...p, currency: home, costPerCohort: Math.round(p.costPerCohort * rate) };
      }),
    },
  };
  const actuals = scenario.actuals;
  if (actuals) {
    // Money spent converts at the rate in force when the work finished, or at the data date.
    out.actuals = {
      ...actuals,
      activities: actuals.activities.map((a, i) => {
        if (a.currency === undefined || a.currency === home) return a;
        const rate = use(a.currency, a.actualFinish ?? actuals.asOf, `actuals.activities[${i}]`);
        return { ...a, currency: home, spent: Math.round(a.spent * rate) };
      }),
    };
  }
  converted.add(out);
  rateLog.set(out, [...used.values()]);
  return out;
}

/** The rates a conversion applied (empty when nothing was converted). */
export function appliedRates(scenario: Scenario): AppliedRate[] {
  return rateLog.get(inProgrammeCurrency(scenario)) ?? [];
}
