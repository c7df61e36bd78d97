import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, passwordProblem, verifyPassword } from "./password.ts";

describe("password rules (ASVS 2.1)", () => {
  it("accepts 12 to 128 characters of any Unicode, spaces included, and refuses shorter or longer", () => {
    expect(passwordProblem("x".repeat(PASSWORD_MIN - 1), "olga")).toMatch(/at least 12/);
    expect(passwordProblem("correct horse battery", "olga")).toBeUndefined();
    expect(passwordProblem("пароль без правил 密码", "olga")).toBeUndefined();
    expect(passwordProblem("y".repeat(64), "olga")).toBeUndefined();
    expect(passwordProblem("y".repeat(PASSWORD_MAX), "olga")).toBeUndefined();
    expect(passwordProblem("y".repeat(PASSWORD_MAX + 1), "olga")).toMatch(/longer than 128/);
  });

  it("counts characters, not UTF-16 units (an emoji is one)", () => {
    expect(passwordProblem("🔒".repeat(PASSWORD_MIN), "olga")).toBeUndefined();
    expect(passwordProblem("🔒".repeat(PASSWORD_MIN - 1), "olga")).toMatch(/11 characters/);
  });

  it("refuses common passwords and passwords containing the username", () => {
    expect(passwordProblem("PasswordPassword", "olga")).toMatch(/commonly used/);
    expect(passwordProblem("olga-is-my-password", "olga")).toMatch(/username/);
  });

  it("hashes with argon2id and verifies without truncating", async () => {
    const long = `${"a".repeat(100)}b`;
    const hashed = await hashPassword(long);
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hashed, long)).toBe(true);
    expect(await verifyPassword(hashed, `${"a".repeat(100)}c`)).toBe(false);
    expect(await verifyPassword("not a hash", long)).toBe(false);
    expect(await verifyPassword(undefined, long)).toBe(false);
  });
});
