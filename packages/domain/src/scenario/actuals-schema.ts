/**
 * Execution tracking: what actually happened, per planned activity, as of a data date. The planner
 * re-plans from it (finished work fixed at its actual dates, work in progress continued from its
 * percent complete, everything else from the data date on); `chiproad plan --baseline` compares
 * the forecast with an earlier plan.
 */
import { z } from "zod";
import { id, isoDate, money, source } from "./primitives.ts";

const currencyCode = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as RUB, INR, BRL, USD");

export const ActivityActualSchema = z.strictObject({
  /**
   * A plan activity id: `<target>:<input>:<work package>` (e.g. `chip:N25:negotiate`, the second
   * package of a kind `…:transfer-2`), `milestone:<id>`, `target:<id>` or `construction:<facility>`.
   */
  activity: id,
  actualStart: isoDate,
  /** Set when the activity is finished. */
  actualFinish: isoDate.optional(),
  /** Work done so far, 0–100, for an activity in progress (without `actualFinish`). */
  percentComplete: z.number().min(0).max(100).optional(),
  /**
   * The option the work is done with (a gap's work package): partner and collaboration model ids.
   * When given, the rest of the gap's chain stays with that option (the decision is taken).
   */
  partner: id.optional(),
  model: id.optional(),
  /** Money spent on it so far, in `currency` (default: the programme currency). */
  spent: money.default(0),
  currency: currencyCode.optional(),
  source,
});

export const ActualsSchema = z.strictObject({
  /** The data date: everything before it is recorded below; nothing not yet started starts before it. */
  asOf: isoDate,
  activities: z.array(ActivityActualSchema).default([]),
  source,
});

export type ActivityActual = z.infer<typeof ActivityActualSchema>;
export type Actuals = z.infer<typeof ActualsSchema>;
