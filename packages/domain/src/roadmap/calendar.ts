/**
 * The engine counts integer periods from 0; the plan speaks ISO dates. A calendar maps one to
 * the other from the programme's start date. Dates are computed in UTC so the mapping never
 * depends on the machine's time zone.
 */
export type TimeUnit = "day" | "week";

export interface Calendar {
  startDate: string;
  unit: TimeUnit;
  /** Days per period. */
  daysPerPeriod: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Day number since 1970-01-01 of an ISO date (the caller has validated it). */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function createCalendar(startDate: string, unit: TimeUnit): Calendar {
  return { startDate, unit, daysPerPeriod: unit === "week" ? 7 : 1 };
}

/** The date on which period `t` begins. */
export function dateOfPeriod(cal: Calendar, t: number): string {
  return addDays(cal.startDate, t * cal.daysPerPeriod);
}

/** The first period that begins on or after `iso` (a release: nothing may start before it). */
export function periodAtOrAfter(cal: Calendar, iso: string): number {
  return Math.max(0, Math.ceil(daysBetween(cal.startDate, iso) / cal.daysPerPeriod));
}

/** The last period boundary on or before `iso` (a deadline: finish no later than it). */
export function periodAtOrBefore(cal: Calendar, iso: string): number {
  return Math.floor(daysBetween(cal.startDate, iso) / cal.daysPerPeriod);
}

/** Whole periods needed to cover `days` (durations round up, never down). */
export function periodsForDays(cal: Calendar, days: number): number {
  return Math.max(0, Math.ceil(days / cal.daysPerPeriod));
}
