import { ChiproadError } from "@chiproad/data";
import { type Database, JOB_PRIORITY, migrate, RETRY_LIMIT } from "@chiproad/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "./backends.ts";

const alice = { user: "alice", role: "planner" };
const admin = { user: "root", role: "admin" };

function scenarioInput(name = "Programme", content = "program: {}") {
  return { name, content, format: "yaml" as const, parsed: { program: { name } }, country: "RUS" };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ChiproadError && e.code === code);
}

forEachBackend("storage contract", (db: () => Database) => {
  describe("migrations", () => {
    it("are idempotent: a second run applies nothing", async () => {
      expect(await migrate(db().drizzle)).toEqual([]);
    });
  });

  describe("scenarios", () => {
    it("stores every save as a new version and keeps the old ones", async () => {
      const created = await db().scenarios.create(scenarioInput("A", "v1"), alice);
      expect(created.version).toBe(1);
      const updated = await db().scenarios.update(
        created.id,
        { content: "v2", format: "yaml", parsed: {} },
        1,
        alice,
      );
      expect(updated.version).toBe(2);
      expect(updated.name).toBe("A");
      expect((await db().scenarios.get(created.id))?.content).toBe("v2");
      expect((await db().scenarios.getVersion(created.id, 1))?.content).toBe("v1");
      expect((await db().scenarios.versions(created.id))?.map((v) => v.version)).toEqual([1, 2]);
      expect(await db().scenarios.head(created.id)).toEqual({ name: "A", version: 2 });
    });

    it("returns from a save exactly the record a read returns, and audits it", async () => {
      const created = await db().scenarios.create(scenarioInput("A"), alice);
      const renamed = await db().scenarios.update(
        created.id,
        { name: "B", content: "v2", format: "json", parsed: { program: { name: "B", n: [1, 2.5] } } },
        1,
        { user: "carol", role: "analyst" },
      );
      expect(renamed).toEqual(await db().scenarios.get(created.id));
      expect(renamed).toMatchObject({ name: "B", version: 2, country: "RUS", createdBy: "carol" });
      expect(renamed.createdAt).toBe(created.createdAt);
      // country null keeps the stored one; the name stays when none is given.
      const kept = await db().scenarios.update(
        created.id,
        { content: "v3", format: "yaml", parsed: {}, country: null },
        2,
        alice,
      );
      expect(kept).toEqual(await db().scenarios.get(created.id));
      expect(kept).toMatchObject({ name: "B", version: 3, country: "RUS" });
      expect(Date.parse(kept.updatedAt)).toBeGreaterThanOrEqual(Date.parse(renamed.updatedAt));
      const entries = (await db().audit.list({ limit: 10 })).filter((e) => e.targetId === created.id);
      expect(entries.slice(0, 2)).toMatchObject([
        { actor: "alice", action: "scenario.update", detail: { version: 3, previousVersion: 2 } },
        {
          actor: "carol",
          role: "analyst",
          action: "scenario.update",
          detail: { version: 2, previousVersion: 1 },
        },
      ]);
    });

    it("answers a user's access to a programme, by scenario and by job, with the scenario's current head", async () => {
      const s = await db().scenarios.create(scenarioInput("Head"), alice);
      await db().scenarios.update(
        s.id,
        { name: "Head 2", content: "v2", format: "yaml", parsed: {} },
        1,
        alice,
      );
      const job = await db().jobs.enqueue(
        { kind: "plan", scenarioId: s.id, scenarioVersion: 2, params: { seed: 1 } },
        alice,
      );
      const expected = {
        scenarioId: s.id,
        restricted: false,
        memberRole: undefined,
        head: await db().scenarios.head(s.id),
        latestPlanId: null,
      };
      expect(expected.head).toEqual({ name: "Head 2", version: 2 });
      expect(await db().programmes.access(s.id, "nobody")).toEqual(expected);
      expect(await db().programmes.accessViaJob(job.id, "nobody")).toEqual(expected);
      expect(await db().programmes.access("no-such-scenario", "nobody")).toBeUndefined();
      expect(await db().programmes.accessViaJob("no-such-job", "nobody")).toBeUndefined();
    });

    it("reads a credential and its programme access in one query, as the two queries answer", async () => {
      const suffix = Math.random().toString(36).slice(2, 8);
      const user = await db().users.create(
        { username: `cred-${suffix}`, passwordHash: "x", role: "analyst" },
        admin,
      );
      const tokenHash = `token-${suffix}`;
      const sessionHash = `session-${suffix}`;
      const now = new Date();
      const later = new Date(now.getTime() + 3_600_000);
      await db().tokens.create(
        { userId: user.id, name: "t", role: "analyst", tokenHash, expiresAt: later },
        admin,
      );
      await db().sessions.create(sessionHash, user.id, later);
      const open = await db().scenarios.create(scenarioInput("Open"), alice);
      const closed = await db().scenarios.create(scenarioInput("Closed"), alice);
      await db().programmes.setRestricted(closed.id, true, admin);
      await db().programmes.setMember(closed.id, user.id, "manager", admin);
      const job = await db().jobs.enqueue(
        { kind: "plan", scenarioId: closed.id, scenarioVersion: 1, params: { seed: 1 } },
        alice,
      );
      const scopes = [
        { by: "scenario" as const, id: open.id },
        { by: "scenario" as const, id: closed.id },
        { by: "job" as const, id: job.id },
        { by: "scenario" as const, id: "no-such-scenario" },
        { by: "job" as const, id: "no-such-job" },
      ];
      for (const scope of scopes) {
        const expected =
          scope.by === "job"
            ? await db().programmes.accessViaJob(scope.id, user.id)
            : await db().programmes.access(scope.id, user.id);
        const byToken = await db().tokens.find(tokenHash, now, scope);
        const bySession = await db().sessions.find(sessionHash, now, scope);
        expect(byToken?.access, `${scope.by} ${scope.id}`).toEqual(expected);
        expect(bySession?.access, `${scope.by} ${scope.id}`).toEqual(expected);
        // The credential part is the same as without a scope.
        const { access: _t, ...token } = byToken!;
        expect(token).toEqual(await db().tokens.find(tokenHash, now));
        const { access: _s, ...session } = bySession!;
        expect(session).toEqual(await db().sessions.find(sessionHash, now));
      }
      expect((await db().tokens.find(tokenHash, now, scopes[1]!))?.access).toMatchObject({
        restricted: true,
        memberRole: "manager",
      });
      // A dead credential is no credential, whatever the scope.
      const past = new Date(later.getTime() + 1);
      expect(await db().tokens.find(tokenHash, past, scopes[0]!)).toBeUndefined();
      expect(await db().sessions.find(sessionHash, past, scopes[0]!)).toBeUndefined();
      expect(await db().tokens.find("unknown", now, scopes[0]!)).toBeUndefined();
    });

    it("rejects a save based on a stale version with CONFLICT and stores nothing", async () => {
      const s = await db().scenarios.create(scenarioInput(), alice);
      await db().scenarios.update(s.id, { content: "b", format: "yaml", parsed: {} }, 1, alice);
      const before = await db().scenarios.count();
      await expectCode(
        db().scenarios.update(s.id, { content: "c", format: "yaml", parsed: {} }, 1, alice),
        "CONFLICT",
      );
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("lets exactly one of two concurrent saves of the same version win", async () => {
      const s = await db().scenarios.create(scenarioInput(), alice);
      const results = await Promise.allSettled([
        db().scenarios.update(s.id, { content: "x", format: "yaml", parsed: {} }, 1, alice),
        db().scenarios.update(s.id, { content: "y", format: "yaml", parsed: {} }, 1, alice),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db().scenarios.versions(s.id)).toHaveLength(2);
    });

    it("reports unknown ids as NOT_FOUND or undefined", async () => {
      await expectCode(
        db().scenarios.update("nope", { content: "", format: "yaml", parsed: {} }, 1, alice),
        "NOT_FOUND",
      );
      expect(await db().scenarios.get("nope")).toBeUndefined();
      expect(await db().scenarios.head("nope")).toBeUndefined();
      expect(await db().scenarios.versions("nope")).toBeUndefined();
    });

    it("refuses a second scenario with an existing id", async () => {
      await db().scenarios.create({ ...scenarioInput(), id: "fixed-id" }, alice);
      await expectCode(db().scenarios.create({ ...scenarioInput(), id: "fixed-id" }, alice), "CONFLICT");
    });

    it("lists current versions", async () => {
      const s = await db().scenarios.create(scenarioInput("Listed"), alice);
      const row = (await db().scenarios.list()).find((x) => x.id === s.id);
      expect(row).toMatchObject({ name: "Listed", version: 1, country: "RUS" });
    });
  });

  describe("audit log", () => {
    it("records every write with its actor", async () => {
      const s = await db().scenarios.create(scenarioInput(), { user: "bob", role: "planner" });
      const entry = (await db().audit.list({ limit: 5 })).find((e) => e.targetId === s.id);
      expect(entry).toMatchObject({ actor: "bob", action: "scenario.create", targetType: "scenario" });
    });

    it("is append-only: the database rejects UPDATE, DELETE and TRUNCATE", async () => {
      await db().audit.append(alice, { action: "test", targetType: "test", targetId: "1" });
      const n = await db().audit.count();
      await expect(db().drizzle.execute(sql`UPDATE audit_log SET actor = 'mallory'`)).rejects.toThrow();
      await expect(db().drizzle.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
      await expect(db().drizzle.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
      expect(await db().audit.count()).toBe(n);
    });

    it("never lets a stored scenario version be rewritten", async () => {
      await db().scenarios.create(scenarioInput(), alice);
      await expect(
        db().drizzle.execute(sql`UPDATE scenario_versions SET content = 'rewritten'`),
      ).rejects.toThrow();
    });
  });

  describe("jobs", () => {
    async function newJob(kind: "plan" | "risk" = "plan") {
      const s = await db().scenarios.create(scenarioInput(), alice);
      return db().jobs.enqueue({ kind, scenarioId: s.id, scenarioVersion: 1, params: { seed: 1 } }, alice);
    }

    async function drainQueue(): Promise<void> {
      // Claimed and cancelled, so that no earlier test's job is left running for requeueStale({ all }).
      for (let j = await db().jobs.claim("drain", 60_000); j; j = await db().jobs.claim("drain", 60_000))
        await db().jobs.cancel(j.id, admin);
    }

    it("runs enqueue → claim → heartbeat → complete, writing the result once", async () => {
      await drainQueue();
      const job = await newJob();
      expect(job.status).toBe("queued");
      const claimed = await db().jobs.claim("w1", 10_000);
      expect(claimed).toMatchObject({ id: job.id, status: "running", attempts: 1, leaseOwner: "w1" });
      expect(await db().jobs.heartbeat(job.id, "w1", 10_000, { fraction: 0.5, message: "half" })).toBe(true);
      expect(await db().jobs.get(job.id)).toMatchObject({ progress: 0.5, message: "half" });
      expect(await db().jobs.complete(job.id, "w1", { result: { ok: 1 }, status: "optimal" })).toBe(true);
      expect(await db().jobs.complete(job.id, "w1", { result: { ok: 2 } })).toBe(false);
      expect(await db().plans.count({ jobId: job.id })).toBe(1);
      expect((await db().plans.byJob(job.id))?.result).toEqual({ ok: 1 });
      expect(await db().jobs.get(job.id)).toMatchObject({ status: "succeeded", progress: 1 });
      expect(await db().jobs.claim("w1", 10_000)).toBeUndefined();
    });

    it("queues a job's follow-ups with its result, once, in its sweep; the sweep's jobs come without the plan", async () => {
      await drainQueue();
      const s = await db().scenarios.create(scenarioInput("f"), alice);
      const sweep = await db().sweeps.create(
        {
          scenarioId: s.id,
          scenarioVersion: 1,
          name: null,
          dimensions: ["d"],
          params: { samples: 600 },
          variants: [{ options: [], changes: [] }],
        },
        alice,
      );
      const variant = await db().jobs.claim("w1", 10_000);
      expect(variant).toMatchObject({ kind: "sweep", params: { sweepId: sweep.id, variant: 0 } });
      const followUps = [
        { variant: 0, range: { from: 250, to: 500 } },
        { variant: 0, range: { from: 500, to: 600 } },
      ];
      // A late result from a worker that no longer holds the job queues nothing.
      expect(await db().jobs.complete(variant!.id, "w0", { result: {}, followUps })).toBe(false);
      const outcome = { result: { row: { index: 0 }, plan: { big: true } }, status: "feasible", followUps };
      expect(await db().jobs.complete(variant!.id, "w1", outcome)).toBe(true);
      expect(await db().jobs.complete(variant!.id, "w1", outcome)).toBe(false);
      const next = [await db().jobs.claim("w2", 10_000), await db().jobs.claim("w2", 10_000)];
      expect(next.map((j) => j?.params)).toEqual(followUps);
      for (const j of next)
        expect(j).toMatchObject({
          kind: "sweep",
          priority: variant!.priority,
          createdBy: variant!.createdBy,
          scenarioId: s.id,
          scenarioVersion: 1,
        });
      expect(await db().jobs.claim("w2", 10_000)).toBeUndefined();
      await db().jobs.complete(next[0]!.id, "w2", { result: { range: 1 } });
      const listed = await db().sweeps.jobs(sweep.id);
      expect(listed.map((j) => j.job.id)).toEqual([variant!.id, next[0]!.id, next[1]!.id]);
      expect(listed.map((j) => j.result)).toEqual([{ row: { index: 0 } }, { range: 1 }, undefined]);
      expect((await db().plans.byJob(variant!.id))?.result).toEqual(outcome.result);
      expect(await db().sweeps.cancel(sweep.id, admin)).toBe(1);
      const later = await db().sweeps.create(
        { scenarioId: s.id, scenarioVersion: 1, name: "b", dimensions: [], params: {}, variants: [{}] },
        alice,
      );
      await db().sweeps.cancel(later.id, admin);
      expect((await db().sweeps.list(s.id)).map((x) => x.id)).toEqual([later.id, sweep.id]);
      expect((await db().sweeps.list(s.id, 1)).map((x) => x.id)).toEqual([later.id]);
    });

    it("runs higher-priority jobs first, then the oldest", async () => {
      await drainQueue();
      const s = await db().scenarios.create(scenarioInput("p"), alice);
      const sweep = await db().jobs.enqueue(
        { kind: "sweep", scenarioId: s.id, scenarioVersion: 1, params: {} },
        alice,
      );
      const plan = await db().jobs.enqueue(
        { kind: "plan", scenarioId: s.id, scenarioVersion: 1, params: {} },
        alice,
      );
      const risk = await db().jobs.enqueue(
        { kind: "risk", scenarioId: s.id, scenarioVersion: 1, params: {} },
        alice,
      );
      expect([sweep.priority, plan.priority]).toEqual([JOB_PRIORITY.sweep, JOB_PRIORITY.plan]);
      const order = [];
      for (let i = 0; i < 3; i++) order.push((await db().jobs.claim("w", 10_000))?.id);
      expect(order).toEqual([plan.id, risk.id, sweep.id]);
      await drainQueue();
    });

    it("hands each job to exactly one of many concurrent claimers", async () => {
      await drainQueue();
      const ids = new Set<string>();
      for (let i = 0; i < 6; i++) ids.add((await newJob()).id);
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) => db().jobs.claim(`w${i}`, 10_000)),
      );
      const claimed = claims.filter((c) => c !== undefined).map((c) => c.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      // PostgreSQL's SKIP LOCKED may leave a job for the next poll; none is ever claimed twice.
      for (const id of claimed) expect(ids.has(id)).toBe(true);
      await drainQueue();
    });

    it("re-queues a job whose lease expired and refuses the old owner's late result", async () => {
      await drainQueue();
      const job = await newJob();
      await db().jobs.claim("dead", 1);
      await new Promise((r) => setTimeout(r, 20));
      const { requeued } = await db().jobs.requeueStale();
      expect(requeued).toContain(job.id);
      expect((await db().jobs.get(job.id))?.status).toBe("queued");
      const again = await db().jobs.claim("alive", 10_000);
      expect(again).toMatchObject({ id: job.id, attempts: 2 });
      expect(await db().jobs.complete(job.id, "dead", { result: "late" })).toBe(false);
      expect(await db().jobs.heartbeat(job.id, "dead", 10_000)).toBe(false);
      expect(await db().jobs.complete(job.id, "alive", { result: "fresh" })).toBe(true);
      expect(await db().plans.count({ jobId: job.id })).toBe(1);
    });

    it("does not re-queue a running job whose lease is still valid unless asked for all", async () => {
      await drainQueue();
      const job = await newJob();
      await db().jobs.claim("w", 60_000);
      expect((await db().jobs.requeueStale()).requeued).not.toContain(job.id);
      expect((await db().jobs.requeueStale({ all: true })).requeued).toContain(job.id);
    });

    it("fails a job that keeps killing its worker after RETRY_LIMIT retries", async () => {
      await drainQueue();
      const job = await newJob();
      for (let i = 0; i <= RETRY_LIMIT; i++) {
        expect(await db().jobs.claim("w", 60_000)).toMatchObject({ id: job.id, attempts: i + 1 });
        await db().jobs.requeueStale({ all: true });
      }
      expect(await db().jobs.get(job.id)).toMatchObject({ status: "failed", error: { code: "INTERNAL" } });
      expect(await db().jobs.claim("w", 60_000)).toBeUndefined();
    });

    it("cancels queued and running jobs; a cancelled job's result is never stored", async () => {
      await drainQueue();
      const queued = await newJob();
      expect((await db().jobs.cancel(queued.id, alice)).status).toBe("cancelled");
      const running = await newJob();
      await db().jobs.claim("w", 60_000);
      expect((await db().jobs.cancel(running.id, alice)).status).toBe("cancelled");
      expect(await db().jobs.heartbeat(running.id, "w", 60_000)).toBe(false);
      expect(await db().jobs.complete(running.id, "w", { result: 1 })).toBe(false);
      expect(await db().plans.count({ jobId: running.id })).toBe(0);
      const audit = await db().audit.list({ limit: 10 });
      expect(audit.filter((e) => e.action === "job.cancel").map((e) => e.targetId)).toContain(running.id);
      await expectCode(db().jobs.cancel("missing", alice), "NOT_FOUND");
    });

    it("records failures with their code", async () => {
      await drainQueue();
      const job = await newJob("risk");
      await db().jobs.claim("w", 60_000);
      expect(await db().jobs.fail(job.id, "w", { code: "INFEASIBLE", message: "no lawful option" })).toBe(
        true,
      );
      expect(await db().jobs.get(job.id)).toMatchObject({ status: "failed", error: { code: "INFEASIBLE" } });
    });

    it("finds the latest succeeded plan of a scenario", async () => {
      await drainQueue();
      const job = await newJob();
      await db().jobs.claim("w", 60_000);
      await db().jobs.complete(job.id, "w", { result: { n: 1 }, status: "feasible" });
      const latest = await db().plans.latest(job.scenarioId);
      expect(latest).toMatchObject({ jobId: job.id, status: "feasible", result: { n: 1 } });
      expect(await db().plans.latest("no-such-scenario")).toBeUndefined();
      // The prepared id lookup names the same plan, and byId reads it back.
      expect(await db().plans.latestId(job.scenarioId)).toBe(latest?.id);
      expect(await db().plans.byId(latest?.id ?? "")).toEqual(latest);
      expect(await db().plans.latestId(job.scenarioId, "risk")).toBeUndefined();
      expect(await db().plans.latestId("no-such-scenario")).toBeUndefined();
      // The gate's access query names the same plan, by scenario and by job; a risk job's is not it.
      expect((await db().programmes.access(job.scenarioId, "nobody"))?.latestPlanId).toBe(latest?.id);
      expect((await db().programmes.accessViaJob(job.id, "nobody"))?.latestPlanId).toBe(latest?.id);
      const risk = await newJob("risk");
      await db().jobs.claim("w", 60_000);
      await db().jobs.complete(risk.id, "w", { result: { n: 2 }, status: "feasible" });
      expect((await db().programmes.accessViaJob(risk.id, "nobody"))?.latestPlanId).toBeNull();
    });
  });

  describe("datasets", () => {
    it("imports numbered versions and flips the current pointer at commit", async () => {
      const v1 = await db().datasets.import(
        { kind: "trade", source: "baci", rows: [{ a: 1 }, { a: 2 }] },
        admin,
      );
      const v2 = await db().datasets.import({ kind: "trade", source: "comtrade", rows: [{ a: 3 }] }, admin);
      expect(v2.version).toBe(v1.version + 1);
      expect(await db().datasets.current("trade")).toMatchObject({
        version: v2.version,
        rowCount: 1,
        current: true,
      });
      expect(await db().datasets.rows("trade")).toEqual([{ a: 3 }]);
      expect(await db().datasets.rows("trade", v1.version)).toEqual([{ a: 1 }, { a: 2 }]);
    });

    it("leaves the previous version intact when an import fails midway", async () => {
      const good = await db().datasets.import(
        { kind: "entities", source: "ftm", rows: [{ id: "e1" }] },
        admin,
      );
      const rowsBefore = await db().datasets.countRows("entities");
      const auditBefore = await db().audit.count();
      function* broken() {
        for (let i = 0; i < 1200; i++) yield { id: `x${i}` };
        throw new Error("disk on fire");
      }
      await expect(
        db().datasets.import({ kind: "entities", source: "ftm", rows: broken() }, admin),
      ).rejects.toThrow("disk on fire");
      expect(await db().datasets.current("entities")).toMatchObject({ version: good.version });
      expect(await db().datasets.countRows("entities")).toBe(rowsBefore);
      expect(await db().datasets.versions("entities")).toHaveLength(good.version);
      expect(await db().audit.count()).toBe(auditBefore);
    });

    it("has no current version before the first import", async () => {
      expect(await db().datasets.current("never-imported")).toBeUndefined();
      expect(await db().datasets.rows("never-imported")).toEqual([]);
    });
  });

  describe("screening results", () => {
    it("keeps what was screened and what matched", async () => {
      const before = await db().screenings.count();
      const r = await db().screenings.record(
        { query: { name: "X" }, matches: [{ id: "m", score: 0.9 }], entitiesVersion: null },
        alice,
      );
      expect(r.matches).toHaveLength(1);
      expect(await db().screenings.count()).toBe(before + 1);
    });
  });

  describe("alerts", () => {
    const base = {
      partySource: "scenario",
      partyName: "Baikal Electronics",
      partyRole: "domestic",
      list: "OFAC SDN",
      entityId: "ofac-1",
      entityName: "BAIKAL ELECTRONICS",
      matchedName: "BAIKAL ELECTRONICS",
      threshold: 0.85,
    };

    it("stores a re-screening and its alerts once, and only from the version last re-screened", async () => {
      const dataset = `alerts-${Date.now()}`;
      const auditBefore = await db().audit.count();
      const run = await db().alerts.recordRun(
        {
          datasetId: dataset,
          fromVersion: null,
          toVersion: 1,
          partyCount: 2,
          alerts: [
            { ...base, kind: "added", partyId: "s1:domestic:baikal", scenarioId: "s1", newScore: 0.97 },
            { ...base, kind: "removed", partyId: "s1:partner:x", scenarioId: "s1", oldScore: 0.9 },
          ],
        },
        admin,
      );
      expect(run).toMatchObject({ datasetId: dataset, fromVersion: null, toVersion: 1, alertCount: 2 });
      // A second process re-screening the same change (still from "none") stores nothing.
      expect(
        await db().alerts.recordRun(
          { datasetId: dataset, fromVersion: null, toVersion: 1, partyCount: 2, alerts: [] },
          admin,
        ),
      ).toBeUndefined();
      expect(await db().alerts.lastRun(dataset)).toMatchObject({ id: run!.id, toVersion: 1 });
      const listed = await db().alerts.list({ scenarioId: "s1", status: "open" });
      const mine = listed.filter((a) => a.runId === run!.id);
      expect(mine.map((a) => a.kind).sort()).toEqual(["added", "removed"]);
      expect(mine.find((a) => a.kind === "added")).toMatchObject({
        oldDatasetVersion: null,
        newDatasetVersion: 1,
        newScore: 0.97,
        oldScore: null,
        status: "open",
      });
      expect(await db().audit.count()).toBe(auditBefore + 1);
      const next = await db().alerts.recordRun(
        { datasetId: dataset, fromVersion: 1, toVersion: 2, partyCount: 2, alerts: [] },
        admin,
      );
      expect(next).toMatchObject({ fromVersion: 1, toVersion: 2, alertCount: 0 });
      expect((await db().alerts.lastRun(dataset))?.id).toBe(next!.id);
    });

    it("acknowledges an open alert once, audited with the actor; a second time is a CONFLICT", async () => {
      const run = await db().alerts.recordRun(
        {
          datasetId: `ack-${Date.now()}`,
          fromVersion: null,
          toVersion: 1,
          partyCount: 1,
          alerts: [{ ...base, kind: "added", partyId: "p", scenarioId: "s2", newScore: 0.9 }],
        },
        admin,
      );
      const [alert] = (await db().alerts.list({ scenarioId: "s2" })).filter((a) => a.runId === run!.id);
      const acked = await db().alerts.acknowledge(alert!.id, "checked: same firm", alice);
      expect(acked).toMatchObject({
        status: "acknowledged",
        acknowledgedBy: "alice",
        note: "checked: same firm",
      });
      expect((await db().audit.list({ limit: 1 }))[0]).toMatchObject({
        action: "alert.acknowledge",
        actor: "alice",
        targetId: alert!.id,
      });
      const auditBefore = await db().audit.count();
      await expectCode(db().alerts.acknowledge(alert!.id, null, alice), "CONFLICT");
      await expectCode(db().alerts.acknowledge("no-such-alert", null, alice), "NOT_FOUND");
      expect(await db().audit.count()).toBe(auditBefore);
      expect(
        (await db().alerts.list({ scenarioId: "s2", status: "open" })).some((a) => a.id === alert!.id),
      ).toBe(false);
    });

    it("lists the distinct queries screenings stored", async () => {
      await db().screenings.recordMany(
        [
          { query: { name: "Distinct Query Co" }, matches: [] },
          { query: { name: "Distinct Query Co" }, matches: [] },
        ],
        alice,
      );
      const queries = await db().alerts.screenedQueries();
      expect(queries.filter((q) => (q as { name: string }).name === "Distinct Query Co")).toHaveLength(1);
    });
  });
});
