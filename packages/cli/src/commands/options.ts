import { ChiproadError } from "@chiproad/data";
import { DEFAULT_PROFILE, PROFILE_NAMES } from "@chiproad/domain";
import { Option } from "commander";

/** `--profile`: the planning profiles every door offers (declared in the domain). */
export const profileOption = () =>
  new Option("--profile <name>", "planning profile: the work budget (deterministic for a seed)")
    .choices([...PROFILE_NAMES])
    .default(DEFAULT_PROFILE);

/** A whole-number option from 0 to `max`; `fallback` when it is absent. */
export function wholeNumber(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new ChiproadError("BAD_INPUT", `${name}: expected a whole number from 0 to ${max}, got "${text}"`);
  return n;
}
