import type { Database } from "@chiproad/db";
import { hashPassword } from "../src/auth/password.ts";
import type { Role } from "../src/auth/roles.ts";
import { login, TEST_PASSWORD } from "./harness.ts";

/** A signed-in user of `role` with a fresh name (`<prefix>-xxxxxx`); its id, name and session cookie. */
export async function newUser(
  database: Database,
  app: Parameters<typeof login>[0],
  prefix: string,
  role: Role,
): Promise<{ id: string; username: string; cookie: string }> {
  const username = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
  const user = await database.users.create(
    { username, role, passwordHash: await hashPassword(TEST_PASSWORD) },
    undefined,
  );
  return { id: user.id, username, cookie: await login(app, username) };
}
