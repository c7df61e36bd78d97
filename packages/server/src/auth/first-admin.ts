import { ChiproadError } from "@chiproad/data";
import type { Database } from "@chiproad/db";
import { generatePassword, hashPassword, passwordProblem } from "./password.ts";

export interface FirstAdmin {
  username: string;
  /** Only when generated: printed once to the console, never logged or stored. */
  generatedPassword?: string;
}

/**
 * On an empty database, creates the `admin` account: password from CHIPROAD_ADMIN_PASSWORD, else a
 * generated one returned for the caller to print once. Does nothing when any account exists.
 */
export async function ensureFirstAdmin(
  db: Database,
  env: NodeJS.ProcessEnv,
): Promise<FirstAdmin | undefined> {
  if ((await db.users.count()) > 0) return undefined;
  const given = env.CHIPROAD_ADMIN_PASSWORD;
  if (given !== undefined && given !== "") {
    const weak = passwordProblem(given, "admin");
    if (weak) throw new ChiproadError("BAD_INPUT", `CHIPROAD_ADMIN_PASSWORD: ${weak}`);
  }
  const password = given || generatePassword();
  try {
    await db.users.create(
      { username: "admin", role: "admin", passwordHash: await hashPassword(password) },
      undefined,
    );
  } catch (error) {
    // Another process (PostgreSQL) created it first.
    if ((error as { code?: string }).code === "CONFLICT") return undefined;
    throw error;
  }
  return given ? { username: "admin" } : { username: "admin", generatedPassword: password };
}
