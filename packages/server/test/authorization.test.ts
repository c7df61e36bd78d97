import type { Database } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { OPERATIONS, type OperationId } from "../src/auth/operations.ts";
import { atLeast, ROLES, type Role } from "../src/auth/roles.ts";
import { type As, ensureTestUser, harness, json, login, MINIMAL_SCENARIO, ORIGIN } from "./harness.ts";
import { newUser } from "./programme-users.ts";

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

/**
 * The per-programme cases of the matrix: every programme-scoped operation of /openapi.json on a real,
 * restricted programme, for a member whose programme role is below their global one, a member whose
 * programme role is above it, non-members of two global roles, and an admin who is not a member. The
 * expected answer comes from the same table: the operation's role against the caller's role on the
 * programme, and 404 — like a programme that does not exist — for a non-member.
 */
forEachBackend("authorization matrix, per programme", (db: () => Database) => {
  it("walks every programme-scoped operation for members above and below their global role and non-members of a restricted programme", async () => {
    const database = db();
    const h = harness(database, undefined, { as: "admin" });
    const doc = await json<{ paths: Record<string, Record<string, DocOperation>> }>(
      h.request("GET", "/openapi.json"),
    );
    const created = await h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO });
    expect(created.status).toBe(201);
    const scenarioId = (await json<{ id: string }>(created)).id;
    const adminId = (await h.userId())!;
    const job = await database.jobs.enqueue(
      { kind: "plan", scenarioId, scenarioVersion: 1, params: {} },
      { user: adminId, role: "admin" },
    );
    // Finished, so its event stream ends at once and a permitted cancel changes nothing.
    await database.jobs.cancel(job.id, { user: adminId, role: "admin" });

    const lower = await newUser(database, h.app, "lower", "manager");
    const higher = await newUser(database, h.app, "higher", "viewer");
    const outsider = await newUser(database, h.app, "outsider", "compliance");
    const outsiderViewer = await newUser(database, h.app, "outsider-viewer", "viewer");
    for (const [who, role] of [
      [lower, "viewer"],
      [higher, "manager"],
    ] as const) {
      const res = await h.request("PUT", `/api/scenarios/${scenarioId}/members/${who.id}`, { role });
      expect(res.status).toBe(200);
    }
    expect(
      (await h.request("PUT", `/api/scenarios/${scenarioId}/restricted`, { restricted: true })).status,
    ).toBe(200);

    const callers: { name: string; cookie: string; programmeRole: Role | "hidden" }[] = [
      { name: "member viewer (global manager)", cookie: lower.cookie, programmeRole: "viewer" },
      { name: "member manager (global viewer)", cookie: higher.cookie, programmeRole: "manager" },
      { name: "non-member compliance", cookie: outsider.cookie, programmeRole: "hidden" },
      { name: "non-member viewer", cookie: outsiderViewer.cookie, programmeRole: "hidden" },
      {
        name: "admin, not a member",
        cookie: (await newUser(database, h.app, "admin2", "admin")).cookie,
        programmeRole: "admin",
      },
    ];
    const failures: string[] = [];
    let walked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const id = op.operationId as OperationId;
        const entry = OPERATIONS[id];
        if (!entry || !("scope" in entry)) continue;
        walked++;
        const target = entry.scope === "job" ? job.id : scenarioId;
        const url = path
          .replace("{id}", target)
          .replace("{v}", "1")
          .replace(/\{[^}]+\}/g, "nope");
        // A body the route refuses (400) after the gate, so a permitted call changes nothing.
        const body = method === "get" || method === "delete" ? undefined : { unexpected: true };
        for (const caller of callers) {
          const res = await h.request(method.toUpperCase(), url, body, { cookie: caller.cookie });
          const problem = res.status >= 400 ? await json<{ code: string; detail: string }>(res) : undefined;
          if (!problem) await res.body?.cancel();
          const hidden =
            res.status === 404 && problem?.detail.startsWith(`${entry.scope} "${target}" does not exist`);
          const expected =
            caller.programmeRole === "hidden"
              ? // A non-member learns nothing: 403 when even an open programme would refuse them, else 404.
                atLeast(caller.name.includes("viewer") ? "viewer" : "manager", entry.access)
                ? "hidden"
                : 403
              : atLeast(caller.programmeRole, entry.access)
                ? "allowed"
                : 403;
          const ok =
            expected === "hidden"
              ? hidden
              : expected === 403
                ? res.status === 403 && problem?.code === "FORBIDDEN"
                : res.status < 500 && res.status !== 401 && res.status !== 403 && !hidden;
          if (!ok)
            failures.push(
              `${caller.name} ${method.toUpperCase()} ${path} (${id}): got ${res.status} ${problem?.detail ?? ""}, want ${expected}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(walked).toBe(Object.values(OPERATIONS).filter((o) => "scope" in o).length);

    const listed = async (cookie: string) =>
      (await json<{ id: string }[]>(h.request("GET", "/api/scenarios", undefined, { cookie }))).map(
        (s) => s.id,
      );
    expect(await listed(lower.cookie)).toContain(scenarioId);
    expect(await listed(higher.cookie)).toContain(scenarioId);
    expect(await listed(outsider.cookie)).not.toContain(scenarioId);
    expect(await listed(outsiderViewer.cookie)).not.toContain(scenarioId);
    expect(await listed(callers[4]!.cookie)).toContain(scenarioId);
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
