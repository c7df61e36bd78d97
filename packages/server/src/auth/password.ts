import { randomBytes } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

// argon2id (Algorithm.Argon2id = 2; a const enum, unreachable under verbatimModuleSyntax) with OWASP's
// recommended minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128; // ASVS 2.1.2: at least 64 allowed, more than 128 refused

// The most common passwords of public breach corpora that pass the length rule (ASVS 2.1.7 asks for a
// breached-password check; an offline list keeps chiproad self-contained).
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "passwordpassword",
  "password1234",
  "qwertyuiopasdfgh",
  "qwerty123456",
  "111111111111",
  "000000000000",
  "iloveyou1234",
  "administrator",
  "letmeinletmein",
  "changemechangeme",
  "chiproadchiproad",
]);

/** Why a password is refused, or undefined. Length and breach rules only: no composition rules (ASVS 2.1.9). */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `the password has ${length} characters; use at least ${PASSWORD_MIN}`;
  if (length > PASSWORD_MAX) return `the password is longer than ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "the password is on the list of commonly used passwords; choose another";
  if (lower.includes(username.toLowerCase()) && username.length >= 3)
    return "the password contains the username; choose another";
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the username is unknown, so a miss costs as long as a wrong password.
let dummy: Promise<string> | undefined;

export async function verifyPassword(hashed: string | undefined, password: string): Promise<boolean> {
  if (hashed === undefined) {
    dummy ??= hashPassword(randomBytes(16).toString("hex"));
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(hashed, password);
  } catch {
    return false; // a malformed stored hash never authenticates
  }
}

/** A password for the first-start admin: 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
