import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@chiproad/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { rescreenMonitor } from "../src/monitoring/rescreen.ts";
import { harness, json, MINIMAL_SCENARIO, waitForJob } from "./harness.ts";

const REPO = join(import.meta.dirname, "..", "..", "..");
const LISTS = join(REPO, "packages", "data", "samples", "lists");
const list = (...p: string[]) => readFileSync(join(LISTS, ...p));

interface Alert {
  id: string;
  kind: "added" | "removed" | "changed";
  status: string;
  partyId: string;
  partyName: string;
  partyRole: string | null;
  scenarioId: string | null;
  list: string;
  entityId: string;
  matchedName: string;
  oldDatasetVersion: number | null;
  newDatasetVersion: number;
  oldListVersion: string | null;
  newListVersion: string | null;
  oldScore: number | null;
  newScore: number | null;
  acknowledgedBy: string | null;
}

/**
 * MINIMAL_SCENARIO with parties the UK sample releases tell apart: v2 adds Shenzhen Yantu (listed with
 * its Chinese name) and drops Zakharov; Mikron is on the shipped OFAC SDN sample, the rest on nothing.
 */
const WATCHED_SCENARIO = MINIMAL_SCENARIO.replace(
  "firms: [{ id: fab, name: Domestic Fab JSC, country: RUS }]",
  `firms:
    - { id: fab, name: Domestic Fab JSC, country: RUS }
    - { id: zak, name: "Захаров Александр Вячеславович", country: RUS }
    - { id: mikron, name: "АО «Микрон»", country: RUS }`,
).replace(
  "firms: [{ id: p1f, name: Partner One Foundry Ltd, country: CHN }]",
  `firms:
      - { id: p1f, name: Partner One Foundry Ltd, country: CHN }
      - { id: yantu, name: "深圳研途进出口有限公司", country: CHN }`,
);

forEachBackend("sanctions monitoring: re-screening, alerts, stale plans", (db: () => Database) => {
  const officer = () => harness(db(), undefined, { as: "compliance" });
  const analyst = () => harness(db());
  const viewer = () => harness(db(), undefined, { as: "viewer" });
  const settled = () => rescreenMonitor(db(), createLogger("silent")).idle();
  let runner: JobRunner;
  let scenarioId: string;

  async function importList(body: Uint8Array, format: string, type = "text/csv") {
    const res = await officer().request("POST", `/api/datasets/entities?format=${format}`, body, {
      "content-type": type,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const version = await json<{ version: number }>(res);
    await settled();
    return version.version;
  }
  const alertsOf = async (query: string) => json<Alert[]>(viewer().request("GET", `/api/alerts?${query}`));

  beforeAll(async () => {
    runner = new JobRunner({ db: db(), logger: createLogger("silent"), pollMs: 100, heartbeatMs: 200 });
    await runner.start();
    const created = await analyst().request("POST", "/api/scenarios", { content: WATCHED_SCENARIO });
    expect(created.status, await created.clone().text()).toBe(201);
    scenarioId = String((await json(created)).id);
  });
  afterAll(async () => {
    await settled();
    await runner.stop();
  });

  it("a new list version raises exactly the expected alerts: one added, one removed, none for unchanged", async () => {
    const v1 = await importList(list("uk-v1", "ConList.csv"), "uk");
    const first = (await alertsOf(`scenario=${scenarioId}`)).filter((a) => a.newDatasetVersion === v1);
    // Shipped samples → samples + UK v1: Zakharov and Mikron appear on the UK list; nothing else changes.
    expect(first.map((a) => `${a.kind} ${a.partyName} ${a.list}`).sort()).toEqual([
      "added АО «Микрон» UK Consolidated List",
      "added Захаров Александр Вячеславович UK Consolidated List",
    ]);

    const v2 = await importList(list("uk-v2", "ConList.csv"), "uk");
    const second = (await alertsOf(`scenario=${scenarioId}&status=open`)).filter(
      (a) => a.newDatasetVersion === v2,
    );
    expect(second).toHaveLength(2);
    const added = second.find((a) => a.kind === "added");
    expect(added).toMatchObject({
      partyId: `${scenarioId}/partner/p1/yantu`,
      partyName: "深圳研途进出口有限公司",
      partyRole: "partner",
      scenarioId,
      list: "UK Consolidated List",
      entityId: "uk-16402",
      matchedName: "深圳研途进出口有限公司",
      oldDatasetVersion: v1,
      newDatasetVersion: v2,
      oldScore: null,
      status: "open",
    });
    expect(added?.newListVersion).toMatch(/^UK Consolidated List 2024-05-09/);
    expect(added?.newScore).toBeGreaterThanOrEqual(0.85);
    const removed = second.find((a) => a.kind === "removed");
    expect(removed).toMatchObject({
      partyId: `${scenarioId}/domestic/zak`,
      partyRole: "domestic",
      entityId: "uk-15605",
      oldDatasetVersion: v1,
      newScore: null,
    });
    expect(removed?.oldListVersion).toMatch(/^UK Consolidated List/);
    // Mikron (on the kept OFAC SDN sample), the partner foundry and the domestic fab: no alert.
    const quiet = [
      `${scenarioId}/domestic/mikron`,
      `${scenarioId}/partner/p1/p1f`,
      `${scenarioId}/domestic/fab`,
    ];
    expect(second.filter((a) => quiet.includes(a.partyId))).toEqual([]);

    // A rollback makes v1 current again: the same two differences, reversed.
    const back = await officer().request("POST", "/api/datasets/entities/rollback", { version: v1 });
    expect(back.status).toBe(200);
    await settled();
    const reversed = (await alertsOf(`scenario=${scenarioId}`)).filter(
      (a) => a.oldDatasetVersion === v2 && a.newDatasetVersion === v1,
    );
    expect(reversed.map((a) => `${a.kind} ${a.entityId}`).sort()).toEqual([
      "added uk-15605",
      "removed uk-16402",
    ]);
    const forward = await officer().request("POST", "/api/datasets/entities/rollback", { version: v2 });
    expect(forward.status).toBe(200);
    await settled();
  });

  it("re-screens names screened through POST /api/screen, without a scenario", async () => {
    const screened = await analyst().request("POST", "/api/screen", {
      name: "Zakharov Aleksandr Vyacheslavovich",
    });
    expect(screened.status).toBe(200);
    const v = await importList(list("uk-v1", "ConList.csv"), "uk");
    const mine = (await alertsOf("status=open")).filter(
      (a) => a.newDatasetVersion === v && a.partyName === "Zakharov Aleksandr Vyacheslavovich",
    );
    expect(mine).toEqual([
      expect.objectContaining({ kind: "added", entityId: "uk-15605", scenarioId: null, partyRole: null }),
    ]);
    expect(mine[0]?.partyId).toMatch(/^screened\//);
  });

  it("the shipped example still finds its known hits after an unrelated list is imported", async () => {
    const example = readFileSync(join(REPO, "examples", "russia-coprocessor.yaml"), "utf8");
    const created = await json(analyst().request("POST", "/api/scenarios", { content: example }));
    const exampleId = String(created.id);
    const names = [
      "JOINT STOCK COMPANY MIKRON",
      "BAIKAL ELECTRONICS JSC",
      "JSC MOSCOW CENTER OF SPARC TECHNOLOGIES",
    ];
    const screen = async () =>
      json<{ results: { matches: { id: string; list: string; score: number }[] }[] }>(
        analyst().request("POST", "/api/screen", { queries: names.map((name) => ({ name })) }),
      );
    const before = await screen();
    for (const r of before.results) expect(r.matches[0]?.score).toBeGreaterThanOrEqual(0.85);
    await settled();
    const v = await importList(list("un-consolidated.xml"), "xml", "application/xml");
    const after = await screen();
    for (const [i, r] of after.results.entries()) {
      const top = before.results[i]!.matches[0]!;
      expect(r.matches, names[i]).toContainEqual(expect.objectContaining({ id: top.id, list: top.list }));
    }
    const lost = (await alertsOf(`scenario=${exampleId}`)).filter(
      (a) => a.newDatasetVersion === v && a.kind === "removed",
    );
    expect(lost).toEqual([]);
  });

  it("acknowledging is a compliance officer's, audited with the user id; twice → 409", async () => {
    const [open] = await alertsOf(`scenario=${scenarioId}&status=open`);
    expect(open).toBeDefined();
    expect(
      (await analyst().request("POST", `/api/alerts/${open!.id}/acknowledge`, { note: "x" })).status,
    ).toBe(403);
    const res = await officer().request("POST", `/api/alerts/${open!.id}/acknowledge`, {
      note: "same firm as the listed one: partner dropped",
    });
    expect(res.status).toBe(200);
    const officerId = await officer().userId();
    expect(await json(res)).toMatchObject({
      id: open!.id,
      status: "acknowledged",
      acknowledgedBy: officerId,
      note: "same firm as the listed one: partner dropped",
    });
    const audit = await json<{ action: string; actor: string; targetId: string }[]>(
      officer().request("GET", "/api/audit?limit=5"),
    );
    expect(audit[0]).toMatchObject({ action: "alert.acknowledge", actor: officerId, targetId: open!.id });
    const again = await officer().request("POST", `/api/alerts/${open!.id}/acknowledge`, { note: "again" });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "CONFLICT" });
    expect((await officer().request("POST", "/api/alerts/no-such-alert/acknowledge", {})).status).toBe(404);
    const stillOpen = await alertsOf(`scenario=${scenarioId}&status=open`);
    expect(stillOpen.map((a) => a.id)).not.toContain(open!.id);
    const acknowledged = await alertsOf(`scenario=${scenarioId}&status=acknowledged`);
    expect(acknowledged.map((a) => a.id)).toContain(open!.id);
  });

  it("keeps a restricted programme's alerts from non-members, as if it did not exist", async () => {
    const admin = harness(db(), undefined, { as: "admin" });
    expect((await alertsOf(`scenario=${scenarioId}`)).length).toBeGreaterThan(0);
    const put = (restricted: boolean) =>
      admin.request("PUT", `/api/scenarios/${scenarioId}/restricted`, { restricted });
    expect((await put(true)).status).toBe(200);
    try {
      const hidden = await viewer().request("GET", `/api/alerts?scenario=${scenarioId}`);
      const missing = await viewer().request("GET", "/api/alerts?scenario=no-such-scenario");
      expect([hidden.status, missing.status]).toEqual([404, 404]);
      expect((await alertsOf("")).filter((a) => a.scenarioId === scenarioId)).toEqual([]);
      const asAdmin = await json<Alert[]>(admin.request("GET", `/api/alerts?scenario=${scenarioId}`));
      expect(asAdmin.length).toBeGreaterThan(0);
    } finally {
      expect((await put(false)).status).toBe(200);
    }
  });

  it("rejects a bad filter with the query path", async () => {
    const res = await viewer().request("GET", "/api/alerts?status=closed");
    expect(res.status).toBe(400);
    const p = await json<{ errors: { path: string }[] }>(res);
    expect(p.errors.map((e) => e.path)).toContain("query.status");
  });

  it("a plan becomes stale when a later list version changes a party's lawfulness", async () => {
    const h = harness(db(), runner);
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 300, seed: 1 }),
    );
    const job = await waitForJob(h, jobId);
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    const fresh = await json(viewer().request("GET", `/api/scenarios/${scenarioId}/plans/latest/staleness`));
    expect(fresh).toMatchObject({ jobId, stale: null });
    // UK v2 (current: UK v1 + UN + samples): Yantu is listed, Zakharov delisted.
    const v = await importList(list("uk-v2", "ConList.csv"), "uk");
    const stale = await json<{ stale: { listVersion: number; code: string; alerts: Alert[] } }>(
      viewer().request("GET", `/api/scenarios/${scenarioId}/plans/latest/staleness`),
    );
    expect(stale.stale).toMatchObject({ code: "plan.stale.sanctions", listVersion: v });
    expect(stale.stale.alerts.map((a) => a.partyName).sort()).toEqual([
      "Захаров Александр Вячеславович",
      "深圳研途进出口有限公司",
    ]);
    const none = await viewer().request("GET", "/api/scenarios/no-such-scenario/plans/latest/staleness");
    expect(none.status).toBe(404);
  });
});
