import type { Database } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { OPERATIONS, type OperationId } from "../src/auth/operations.ts";
import { atLeast, ROLES } from "../src/auth/roles.ts";
import { type As, ensureTestUser, harness, json, login, ORIGIN } from "./harness.ts";

interface DocOperation {
  operationId?: string;
  requestBody?: { content?: Record<string, unknown> };
  security?: unknown[];
}

const CREDENTIALS: As[] = ["anonymous", ...ROLES];

/** A concrete path for a template: ids that exist nowhere, so allowed calls end in 4xx, never in a change. */
function concrete(path: string): string {
  return path
    .replace("{v}", "1")
    .replace("{kind}", "trade")
    .replace(/\{[^}]+\}/g, "nope");
}

/**
 * The authorization matrix: every operation of /openapi.json × no credential and every role, the
 * status asserted from the one table (OPERATIONS). Allowed callers get past the gate (never 401/403,
 * never 5xx); callers below the minimal role get 403 FORBIDDEN; no credential gets 401 UNAUTHENTICATED.
 */
forEachBackend("authorization matrix", (db: () => Database) => {
  it("walks every operation of /openapi.json for every role and no credential", async () => {
    const doc = await json<{ paths: Record<string, Record<string, DocOperation>> }>(
      harness(db(), undefined, { as: "anonymous" }).request("GET", "/openapi.json"),
    );
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const as of CREDENTIALS) {
      const h = harness(db(), undefined, { as });
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const id = op.operationId as OperationId;
          seen.add(id);
          const entry = OPERATIONS[id];
          if (!entry) {
            failures.push(`${method} ${path}: operationId ${id} is not in OPERATIONS`);
            continue;
          }
          const jsonBody = op.requestBody?.content?.["application/json"] !== undefined;
          const body = method === "get" || method === "delete" ? undefined : jsonBody ? {} : "";
          const headers: Record<string, string> = {
            "X-Chiproad-Role": "admin",
            "X-Chiproad-User": "mallory",
          };
          // Logging out ends the session: use a session of its own so later calls keep theirs.
          if (id === "logout" && as !== "anonymous") {
            await ensureTestUser(db(), as);
            headers.cookie = await login(h.app, `test-${as}`);
          }
          const res = await h.request(method.toUpperCase(), concrete(path), body, headers);
          const expected =
            entry.access === "public"
              ? "allowed"
              : as === "anonymous"
                ? 401
                : atLeast(as, entry.access)
                  ? "allowed"
                  : 403;
          const ok =
            expected === "allowed"
              ? res.status !== 401 && res.status !== 403 && res.status < 500
              : res.status === expected;
          if (!ok)
            failures.push(
              `${as} ${method.toUpperCase()} ${path} (${id}): got ${res.status}, want ${expected}`,
            );
          if (typeof expected === "number") {
            const problem = await json<{ code: string }>(res);
            expect(problem.code).toBe(expected === 401 ? "UNAUTHENTICATED" : "FORBIDDEN");
          } else {
            await res.body?.cancel();
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual(Object.keys(OPERATIONS).sort());
  }, 120_000);
});

describe("the operation table and the OpenAPI document", () => {
  it("gives every operation an operationId, security and a minimal role from OPERATIONS", async () => {
    const { openDatabase } = await import("@chiproad/db");
    const database = await openDatabase({});
    try {
      const doc = await json<{
        security: unknown[];
        components: { securitySchemes: Record<string, unknown> };
        servers: unknown[];
        paths: Record<string, Record<string, DocOperation & { "x-chiproad-min-role"?: string }>>;
      }>(harness(database, undefined, { as: "anonymous" }).request("GET", "/openapi.json"));
      expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
      expect(doc.servers.length).toBeGreaterThan(0);
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const entry = OPERATIONS[op.operationId as OperationId];
          expect(entry, `${method} ${path}`).toMatchObject({ method, path });
          expect(op["x-chiproad-min-role"]).toBe(entry.access);
          if (entry.access === "public") expect(op.security).toEqual([]);
        }
      }
    } finally {
      await database.close();
    }
  });

  it("refuses an /api path that is in no table entry, signed in or not", async () => {
    const { openDatabase } = await import("@chiproad/db");
    const database = await openDatabase({});
    try {
      const anonymous = harness(database, undefined, { as: "anonymous" });
      expect((await anonymous.request("GET", "/api/secret-admin-thing")).status).toBe(401);
      const admin = harness(database, undefined, { as: "admin" });
      expect((await admin.request("GET", "/api/secret-admin-thing")).status).toBe(404);
      expect(ORIGIN).toBe("http://localhost");
    } finally {
      await database.close();
    }
  });
});
