import { z } from "zod";

// Field types shared by the scenario sections (see schema.ts for units and conventions).
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "an id is letters, digits, '_', '.', ':' or '-'");
export const iso3 = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code such as RUS, CHN, IND");
export const isoDate = z.iso.date("a date written YYYY-MM-DD");
export const source = z.string().min(1).optional();
export const money = z.number().nonnegative();
export const periods = z.number().int().nonnegative();
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
