import { z } from "zod";

// Field types shared by the scenario sections (see schema.ts for units and conventions).
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "an id is letters, digits, '_', '.', ':' or '-'");
export const iso3 = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code such as RUS, CHN, IND");
export const isoDate = z.iso.date("a date written YYYY-MM-DD");
export const source = z.string().min(1).optional();
/** Largest amount of money accepted (10^15 in the programme currency): larger is a typing error. */
export const MAX_MONEY = 1e15;
/** Largest count of people, cohorts or units per step accepted. */
export const MAX_COUNT = 1_000_000;
/** Largest number of periods accepted (about 55 years of days). */
export const MAX_PERIODS = 20_000;
export const money = z.number().nonnegative().max(MAX_MONEY, "at most 10^15 in the programme currency");
export const periods = z.number().int().nonnegative().max(MAX_PERIODS, `at most ${MAX_PERIODS} periods`);
/** A headcount (engineers, cohort size): a whole number up to a million. */
export const headcount = z.number().int().nonnegative().max(MAX_COUNT, `at most ${MAX_COUNT}`);
/** A physical quantity (capacity per year, area, volume): finite, non-negative, below 10^12. */
export const quantity = z.number().nonnegative().max(1e12, "at most 10^12");
/** A process node in nanometres. */
export const nodeNm = z.number().positive().max(100_000, "a process node in nm (at most 100000)");
export const share = z.number().min(0).max(1);
/** ETO chip-explorer node id (`N…`) or stage id (`S1`–`S3`), see data/eto/README.md. */
export const inputId = z.string().regex(/^(N|S)\d+$/, "an ETO value-chain id such as N25 or S3");
/**
 * A dual-use list entry or its prefix: category digit + product group (+ 3 digits), e.g. `3B`,
 * `3B001`, `3E001`, or a national entry such as `3A090`. `EAR99` marks uncontrolled items.
 */
export const itemCategory = z
  .string()
  .regex(/^(\d[A-E](\d{3})?|EAR99)$/, "a control-list category such as 3B, 3B001, 3E or EAR99");

/**
 * Packaging technology grades, least to most advanced: the "node" of assembly and packaging. A
 * capability meets a required grade when its grade is the same or more advanced.
 */
export const PACKAGING_GRADES = ["wire-bond", "flip-chip", "fan-out", "2.5D", "3D"] as const;
export type PackagingGrade = (typeof PACKAGING_GRADES)[number];
export const packagingGrade = z.enum(PACKAGING_GRADES);

/** A capability of grade `have` serves a need of grade `need` (no need: anything does; no grade stated: only no need). */
export function meetsGrade(have: PackagingGrade | undefined, need: PackagingGrade | undefined): boolean {
  if (need === undefined) return true;
  if (have === undefined) return false;
  return PACKAGING_GRADES.indexOf(have) >= PACKAGING_GRADES.indexOf(need);
}
