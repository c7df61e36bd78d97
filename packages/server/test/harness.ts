import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, schema } from "@chiproad/db";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../src/app.ts";
import type { SecurityConfig } from "../src/auth/config.ts";
import { hashPassword } from "../src/auth/password.ts";
import type { Role } from "../src/auth/roles.ts";
import type { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";

export const MINIMAL_SCENARIO = readFileSync(join(import.meta.dirname, "fixtures", "minimal.yaml"), "utf8");
/** The minimal scenario with an engineer pool, and a 2 × 2 sweep grid over it (partner × engineers). */
export const SWEEP_SCENARIO = `${MINIMAL_SCENARIO}
workforce:
  pools: [{ id: eng, name: Engineers, initial: 10 }]
`;
export const SWEEP_GRID = readFileSync(join(import.meta.dirname, "fixtures", "sweep-grid.yaml"), "utf8");

/** The origin of app.request()'s URLs; same-origin writes carry it, as a browser would. */
export const ORIGIN = "http://localhost";
export const TEST_PASSWORD = "test password 4 chiproad";

/** Who a harness signs in as: a role (a test user of that role, one per database) or nobody. */
export type As = Role | "anonymous";

export interface Harness {
  app: OpenAPIHono;
  /**
   * Objects are sent as JSON; strings and bytes as they are. Signed in as the harness's user, with
   * Origin set as a browser would; a header given as "" is left out (e.g. { origin: "" }).
   */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** The signed-in user's id (undefined for "anonymous"). */
  userId(): Promise<string | undefined>;
}

interface TestUser {
  id: string;
  cookie: string;
}

const users = new WeakMap<Database, Map<Role, Promise<TestUser>>>();

/** Creates (once per database) the user `test-<role>` with TEST_PASSWORD. */
export async function ensureTestUser(db: Database, role: Role): Promise<string> {
  const username = `test-${role}`;
  const existing = await db.users.credentials(username);
  if (existing) return existing.id;
  const created = await db.users.create(
    { username, role, passwordHash: await hashPassword(TEST_PASSWORD) },
    undefined,
  );
  return created.id;
}

/** Signs in through POST /api/auth/login, like the web UI, and returns the session cookie ("name=value"). */
export async function login(app: OpenAPIHono, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("login set no cookie");
  return cookie;
}

function testUser(db: Database, app: OpenAPIHono, role: Role): Promise<TestUser> {
  let byRole = users.get(db);
  if (!byRole) {
    byRole = new Map();
    users.set(db, byRole);
  }
  let user = byRole.get(role);
  if (!user) {
    user = (async () => {
      const id = await ensureTestUser(db, role);
      return { id, cookie: await login(app, `test-${role}`) };
    })();
    user.catch(() => byRole.delete(role));
    byRole.set(role, user);
  }
  return user;
}

export interface HarnessOptions {
  /** Default "analyst" (edits scenarios, runs jobs, screens). */
  as?: As;
  security?: Partial<SecurityConfig>;
}

/** The app over `db`, signed in as `options.as`; without a `runner` jobs stay queued. */
export function harness(db: Database, runner?: JobRunner, options: HarnessOptions = {}): Harness {
  const app = createApp({
    db,
    logger: createLogger(process.env.HARNESS_LOG ?? "silent"),
    reference: referenceProvider(db),
    runner,
    ...(options.security ? { security: options.security } : {}),
  });
  const as = options.as ?? "analyst";
  const user = () => (as === "anonymous" ? Promise.resolve(undefined) : testUser(db, app, as));
  return {
    app,
    async request(method, path, body, headers = {}) {
      const signedIn = await user();
      const merged: Record<string, string> = {
        origin: ORIGIN,
        ...(signedIn ? { cookie: signedIn.cookie } : {}),
        ...headers,
      };
      const init: RequestInit = {
        method,
        headers: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== "")),
      };
      if (body !== undefined) {
        if (body instanceof FormData) init.body = body;
        else {
          init.body =
            typeof body === "string" || body instanceof Uint8Array
              ? (body as BodyInit)
              : JSON.stringify(body);
          (init.headers as Record<string, string>)["content-type"] ??= "application/json";
        }
      }
      return app.request(path, init);
    },
    async userId() {
      return (await user())?.id;
    },
  };
}

export async function json<T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

/** Polls GET /api/jobs/:id until the job is finished (or `timeoutMs` passes). */
export async function waitForJob(
  h: Harness,
  jobId: string,
  timeoutMs = 90_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await json(h.request("GET", `/api/jobs/${jobId}`));
    if (["succeeded", "failed", "cancelled"].includes(String(job.status))) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${String(job.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Forgets every rate-limit event. The events are in the database, shared by every app a test builds on
 * it (as by every server process), so a test that exhausts a limit clears them before and after.
 */
export async function forgetRateLimits(db: Database): Promise<void> {
  await db.drizzle.delete(schema.rateEvents);
}
