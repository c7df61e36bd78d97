import type { Database } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { harness, json, MINIMAL_SCENARIO } from "./harness.ts";
import { newUser } from "./programme-users.ts";

type Problem = { code: string; detail: string; errors?: { path: string }[] };

/** Per-programme roles through the API: what a membership changes, who manages it, what is audited. */
forEachBackend("programme roles", (db: () => Database) => {
  async function setup() {
    const database = db();
    const admin = harness(database, undefined, { as: "admin" });
    const scenario = async () => {
      const res = await admin.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO });
      expect(res.status).toBe(201);
      return (await json<{ id: string }>(res)).id;
    };
    const as = (cookie: string) => ({
      request: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
        admin.request(method, path, body, { cookie, ...headers }),
    });
    return { database, admin, scenario, as };
  }

  it("lets a global viewer who is an analyst member save versions and plan on that programme only", async () => {
    const { database, admin, scenario, as } = await setup();
    const [mine, other] = [await scenario(), await scenario()];
    const viewer = await newUser(database, admin.app, "member-up", "viewer");
    expect(
      (await admin.request("PUT", `/api/scenarios/${mine}/members/${viewer.id}`, { role: "analyst" })).status,
    ).toBe(200);
    const edited = MINIMAL_SCENARIO.replace("volume: 1000", "volume: 1500");
    const saved = await as(viewer.cookie).request("PUT", `/api/scenarios/${mine}`, {
      content: edited,
      version: 1,
    });
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({ version: 2 });
    const planned = await as(viewer.cookie).request("POST", `/api/scenarios/${mine}/plans`, {});
    expect(planned.status).toBe(202);
    // The audit log names the authenticated user and the role the write was authorized with.
    const audit = await database.audit.list({ limit: 5 });
    expect(audit.find((e) => e.action === "job.enqueue")).toMatchObject({
      actor: viewer.id,
      role: "analyst",
    });

    const elsewhere = await as(viewer.cookie).request("PUT", `/api/scenarios/${other}`, {
      content: edited,
      version: 1,
    });
    expect(elsewhere.status).toBe(403);
    expect((await database.scenarios.get(other))?.version).toBe(1);
  });

  it("holds a global manager who is a viewer member to viewing that programme", async () => {
    const { database, admin, scenario, as } = await setup();
    const id = await scenario();
    const manager = await newUser(database, admin.app, "member-down", "manager");
    await admin.request("PUT", `/api/scenarios/${id}/members/${manager.id}`, { role: "viewer" });
    const me = as(manager.cookie);
    expect((await me.request("GET", `/api/scenarios/${id}`)).status).toBe(200);
    const put = await me.request("PUT", `/api/scenarios/${id}`, { content: MINIMAL_SCENARIO, version: 1 });
    expect(put.status).toBe(403);
    expect((await json<Problem>(put)).detail).toContain('your role on this programme is "viewer"');
    expect((await me.request("GET", `/api/scenarios/${id}/members`)).status).toBe(403);
    // Global powers stay global: the audit log (a manager's) is still readable.
    expect((await me.request("GET", "/api/audit")).status).toBe(200);
    expect((await database.scenarios.get(id))?.version).toBe(1);
  });

  it("hides a restricted programme from non-members with the answers of one that does not exist", async () => {
    const { database, admin, scenario, as } = await setup();
    const id = await scenario();
    const job = await admin.request("POST", `/api/scenarios/${id}/plans`, {});
    const jobId = (await json<{ jobId: string }>(job)).jobId;
    const member = await newUser(database, admin.app, "insider", "viewer");
    await admin.request("PUT", `/api/scenarios/${id}/members/${member.id}`, { role: "viewer" });
    expect((await admin.request("PUT", `/api/scenarios/${id}/restricted`, { restricted: true })).status).toBe(
      200,
    );

    const outsider = as((await newUser(database, admin.app, "outsider", "manager")).cookie);
    for (const [path, missing] of [
      [`/api/scenarios/${id}`, "/api/scenarios/no-such-scenario"],
      [`/api/scenarios/${id}/versions`, "/api/scenarios/no-such-scenario/versions"],
      [`/api/scenarios/${id}/jobs`, "/api/scenarios/no-such-scenario/jobs"],
      [`/api/scenarios/${id}/gaps`, "/api/scenarios/no-such-scenario/gaps"],
      [`/api/jobs/${jobId}`, "/api/jobs/no-such-job"],
    ] as const) {
      const hidden = await outsider.request("GET", path);
      const absent = await outsider.request("GET", missing);
      expect([hidden.status, absent.status], path).toEqual([404, 404]);
      const [a, b] = [await json<Problem>(hidden), await json<Problem>(absent)];
      expect(a.detail.replace(id, "X").replace(jobId, "X")).toBe(
        b.detail.replace("no-such-scenario", "X").replace("no-such-job", "X"),
      );
    }
    const cancel = await outsider.request("POST", `/api/jobs/${jobId}/cancel`);
    expect(cancel.status).toBe(404);
    expect((await database.jobs.get(jobId))?.status).toBe("queued");
    const list = await json<{ id: string }[]>(outsider.request("GET", "/api/scenarios"));
    expect(list.map((s) => s.id)).not.toContain(id);

    expect((await as(member.cookie).request("GET", `/api/jobs/${jobId}`)).status).toBe(200);
    expect((await admin.request("GET", `/api/scenarios/${id}`)).status).toBe(200);
    // Opened again, the programme is visible to everyone's global role.
    expect(
      (await admin.request("PUT", `/api/scenarios/${id}/restricted`, { restricted: false })).status,
    ).toBe(200);
    expect((await outsider.request("GET", `/api/scenarios/${id}`)).status).toBe(200);
  });

  it("caps a member's programme role by their bearer token's role", async () => {
    const { database, admin, scenario, as } = await setup();
    const id = await scenario();
    const lead = await newUser(database, admin.app, "token-lead", "analyst");
    await admin.request("PUT", `/api/scenarios/${id}/members/${lead.id}`, { role: "manager" });
    const created = await as(lead.cookie).request("POST", "/api/auth/tokens", {
      name: "read only",
      role: "viewer",
      expiresInDays: 1,
    });
    const { token } = await json<{ token: string }>(created);
    const bearer = { cookie: "", origin: "", authorization: `Bearer ${token}` };
    expect((await admin.request("GET", `/api/scenarios/${id}`, undefined, bearer)).status).toBe(200);
    const put = await admin.request(
      "PUT",
      `/api/scenarios/${id}`,
      { content: MINIMAL_SCENARIO, version: 1 },
      bearer,
    );
    expect(put.status).toBe(403);
    expect((await admin.request("GET", `/api/scenarios/${id}/members`, undefined, bearer)).status).toBe(403);
    expect((await as(lead.cookie).request("GET", `/api/scenarios/${id}/members`)).status).toBe(200);
  });

  it("lets a programme's manager cancel anyone's job on it, and no one else's", async () => {
    const { database, admin, scenario, as } = await setup();
    const [mine, other] = [await scenario(), await scenario()];
    const analyst = harness(database, undefined, { as: "analyst" });
    const jobOn = async (id: string) =>
      (await json<{ jobId: string }>(analyst.request("POST", `/api/scenarios/${id}/plans`, {}))).jobId;
    const [here, there] = [await jobOn(mine), await jobOn(other)];
    const lead = await newUser(database, admin.app, "lead", "analyst");
    await admin.request("PUT", `/api/scenarios/${mine}/members/${lead.id}`, { role: "manager" });
    expect((await as(lead.cookie).request("POST", `/api/jobs/${here}/cancel`)).status).toBe(200);
    expect((await database.jobs.get(here))?.status).toBe("cancelled");
    expect((await as(lead.cookie).request("POST", `/api/jobs/${there}/cancel`)).status).toBe(403);
    expect((await database.jobs.get(there))?.status).toBe("queued");
    await analyst.request("POST", `/api/jobs/${there}/cancel`);
  });

  describe("members routes", () => {
    it("lists, sets and removes members, audited with the authenticated user's id", async () => {
      const { database, admin, scenario } = await setup();
      const id = await scenario();
      const adminId = (await admin.userId())!;
      const user = await newUser(database, admin.app, "someone", "viewer");
      const set = await admin.request(
        "PUT",
        `/api/scenarios/${id}/members/${user.id}`,
        { role: "manager" },
        { "X-Chiproad-User": "mallory" },
      );
      expect(set.status).toBe(200);
      expect(await json(set)).toMatchObject({
        userId: user.id,
        username: user.username,
        role: "manager",
        grantedBy: adminId,
      });
      // By username too (the web panel adds members by name).
      const byName = await admin.request("PUT", `/api/scenarios/${id}/members/${user.username}`, {
        role: "analyst",
      });
      expect(await json(byName)).toMatchObject({ userId: user.id, role: "analyst" });
      const listed = await json<{ restricted: boolean; members: { userId: string; role: string }[] }>(
        admin.request("GET", `/api/scenarios/${id}/members`),
      );
      expect(listed).toMatchObject({ restricted: false, members: [{ userId: user.id, role: "analyst" }] });
      expect((await admin.request("DELETE", `/api/scenarios/${id}/members/${user.id}`)).status).toBe(204);
      expect((await admin.request("DELETE", `/api/scenarios/${id}/members/${user.id}`)).status).toBe(404);
      const audit = (await database.audit.list({ limit: 10 })).filter(
        (e) => e.targetId === id && e.action.startsWith("programme."),
      );
      expect(audit.map((e) => [e.action, e.actor, e.detail])).toEqual([
        ["programme.member.remove", adminId, { userId: user.id, previousRole: "analyst" }],
        ["programme.member.set", adminId, { userId: user.id, role: "analyst", previousRole: "manager" }],
        ["programme.member.set", adminId, { userId: user.id, role: "manager" }],
      ]);
    });

    it("refuses global-only roles, unknown users and unknown fields, storing nothing", async () => {
      const { database, admin, scenario } = await setup();
      const id = await scenario();
      const user = await newUser(database, admin.app, "candidate", "viewer");
      const before = await database.audit.count();
      for (const role of ["admin", "compliance", "owner"]) {
        const res = await admin.request("PUT", `/api/scenarios/${id}/members/${user.id}`, { role });
        expect(res.status).toBe(400);
        expect((await json<Problem>(res)).errors?.[0]?.path).toBe("json.role");
      }
      const extra = await admin.request("PUT", `/api/scenarios/${id}/members/${user.id}`, {
        role: "viewer",
        x: 1,
      });
      expect(extra.status).toBe(400);
      const unknown = await admin.request("PUT", `/api/scenarios/${id}/members/u_nobody`, { role: "viewer" });
      expect(unknown.status).toBe(404);
      expect((await json<Problem>(unknown)).code).toBe("NOT_FOUND");
      expect(await database.audit.count()).toBe(before);
      expect((await database.programmes.members(id)).members).toEqual([]);
    });

    it("lets a programme's manager (not an analyst) manage it, and refuses to restrict it under a non-member", async () => {
      const { database, admin, scenario, as } = await setup();
      const id = await scenario();
      const manager = as((await newUser(database, admin.app, "pm", "manager")).cookie);
      const analyst = harness(database, undefined, { as: "analyst" });
      expect((await analyst.request("GET", `/api/scenarios/${id}/members`)).status).toBe(403);
      const refused = await manager.request("PUT", `/api/scenarios/${id}/restricted`, { restricted: true });
      expect(refused.status).toBe(409);
      expect((await json<Problem>(refused)).detail).toContain("add yourself first");
      expect((await database.programmes.members(id)).restricted).toBe(false);
      const pm = await database.users.credentials(
        (await json<{ username: string }>(manager.request("GET", "/api/auth/me"))).username,
      );
      expect(
        (await manager.request("PUT", `/api/scenarios/${id}/members/${pm!.id}`, { role: "manager" })).status,
      ).toBe(200);
      const restricted = await manager.request("PUT", `/api/scenarios/${id}/restricted`, {
        restricted: true,
      });
      expect(restricted.status).toBe(200);
      expect(await json(restricted)).toMatchObject({ restricted: true });
      const audit = await database.audit.list({ limit: 1 });
      expect(audit[0]).toMatchObject({
        action: "programme.restrict",
        actor: pm!.id,
        role: "manager",
        detail: { restricted: true },
      });
    });
  });
});
