import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url, with a prefix that says what the secret is (helps secret scanners). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps instead of a session id or token. */
export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
