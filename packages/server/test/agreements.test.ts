import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@chiproad/db";
import { beforeAll, describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { loadExamples } from "../src/examples.ts";
import { createLogger } from "../src/logger.ts";
import { rescreenMonitor } from "../src/monitoring/rescreen.ts";
import { planStaleness } from "../src/monitoring/stale-plan.ts";
import { harness, json, MINIMAL_SCENARIO } from "./harness.ts";

const REPO = join(import.meta.dirname, "..", "..", "..");

interface Agreement {
  id: string;
  createdAt: string;
  status: string;
  version: number;
  nextStatuses: string[];
  parties: { id: string; name: string }[];
  obligations: { id: string; party: string; activityIds: string[] }[];
  history: { from: string | null; to: string; on: string }[];
  flags: { partyId: string; list: string; listVersion: string; matchedName: string; score: number }[];
  alerts: { kind: string; partyId: string; partySource: string; list: string; matchedName: string }[];
  documents: { id: string; sha256: string; size: number; filename: string }[];
  sources: string[];
}
interface Problem {
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

/** The minimal scenario with a milestone, so obligations can link a roadmap activity. */
const SCENARIO = `${MINIMAL_SCENARIO}\nmilestones:\n  - { id: kickoff, name: Kick-off, duration: 2 }\n`;

const BODY = {
  kind: "cooperation",
  title: "Cooperation agreement",
  on: "2024-09-26",
  parties: [
    { id: "fab", name: "Domestic Fab JSC", country: "RUS", origin: "domestic", kind: "firm" },
    { id: "mikron", name: "АО «Микрон»", country: "RUS", origin: "domestic", kind: "firm" },
  ],
  obligations: [{ id: "o1", party: "fab", description: "Kick off", activityIds: ["milestone:kickoff"] }],
  sources: ["S3"],
};

forEachBackend("agreements register API", (db: () => Database) => {
  const analyst = () => harness(db());
  const viewer = () => harness(db(), undefined, { as: "viewer" });
  let sid = "";
  const base = () => `/api/scenarios/${sid}/agreements`;
  const create = async (body: unknown = BODY) => {
    const res = await analyst().request("POST", base(), body);
    expect(res.status, await res.clone().text()).toBe(201);
    return json<Agreement>(res);
  };

  beforeAll(async () => {
    const res = await analyst().request("POST", "/api/scenarios", { content: SCENARIO });
    expect(res.status, await res.clone().text()).toBe(201);
    sid = String((await json(res)).id);
  });

  it("screens every party on save: a listed party flags the agreement with list, version and matched name", async () => {
    const a = await create();
    expect(a).toMatchObject({ status: "draft", version: 1, nextStatuses: ["negotiating"], sources: ["S3"] });
    expect(a.history).toEqual([expect.objectContaining({ from: null, to: "draft", on: "2024-09-26" })]);
    const mikron = a.flags.filter((f) => f.partyId === "mikron");
    expect(mikron.length).toBeGreaterThan(0);
    expect(mikron[0]).toMatchObject({ list: expect.stringMatching(/OFAC/) });
    expect(mikron[0]!.listVersion).not.toBe("");
    expect(mikron[0]!.matchedName).toMatch(/MIKRON|Микрон/i);
    expect(a.flags.filter((f) => f.partyId === "fab")).toEqual([]);
    // Saving again without the listed party clears its flag.
    const saved = await json<Agreement>(
      analyst().request("PUT", `${base()}/${a.id}`, {
        ...BODY,
        on: undefined,
        version: 1,
        parties: [BODY.parties[0]],
      }),
    );
    expect(saved).toMatchObject({ version: 2, flags: [] });
  });

  it("lets a viewer read and refuses a viewer's write (403), an analyst's writes are audited with their id", async () => {
    const a = await create();
    expect((await viewer().request("GET", base())).status).toBe(200);
    expect((await viewer().request("GET", `${base()}/${a.id}`)).status).toBe(200);
    const refused = await viewer().request("POST", `${base()}/${a.id}/status`, {
      to: "negotiating",
      on: "2024-10-01",
    });
    expect(refused.status).toBe(403);
    expect((await viewer().request("POST", base(), BODY)).status).toBe(403);
    const moved = await analyst().request("POST", `${base()}/${a.id}/status`, {
      to: "negotiating",
      on: "2024-10-01",
    });
    expect(moved.status).toBe(200);
    const entries = await db().audit.list({ limit: 50 });
    const entry = entries.find((e) => e.action === "agreement.status" && e.targetId === a.id);
    expect(entry).toMatchObject({
      actor: await analyst().userId(),
      detail: { from: "draft", to: "negotiating" },
    });
  });

  it("refuses a transition the lifecycle does not allow: 409 naming the path, nothing stored", async () => {
    const a = await create();
    const res = await analyst().request("POST", `${base()}/${a.id}/status`, {
      to: "in-force",
      on: "2024-10-01",
    });
    expect(res.status).toBe(409);
    const p = await json<Problem>(res);
    expect(p.code).toBe("CONFLICT");
    expect(p.errors?.[0]?.path).toBe("status");
    expect(p.detail).toMatch(/draft.*in-force.*negotiating/);
    const after = await json<Agreement>(analyst().request("GET", `${base()}/${a.id}`));
    expect(after).toMatchObject({ status: "draft", version: 1 });
    expect(after.history).toHaveLength(1);
  });

  it("refuses obligations owed by no party or linked to no roadmap activity: 422 with each path, nothing stored", async () => {
    const before = (await json<Agreement[]>(analyst().request("GET", base()))).length;
    const res = await analyst().request("POST", base(), {
      ...BODY,
      obligations: [
        {
          id: "o1",
          party: "nobody",
          description: "x",
          activityIds: ["milestone:kickoff", "ghost:N1:build"],
          due: "2025-02-30",
        },
      ],
    });
    expect(res.status).toBe(422);
    const p = await json<Problem>(res);
    expect(p.errors?.map((e) => e.path)).toEqual([
      "obligations[0].party",
      "obligations[0].due",
      "obligations[0].activityIds[1]",
    ]);
    const contradicted = await analyst().request("POST", base(), {
      ...BODY,
      parties: [
        { ...BODY.parties[0], country: "CHN" },
        { ...BODY.parties[1], country: "XYZ" },
      ],
      obligations: [],
    });
    expect(contradicted.status).toBe(422);
    expect((await json<Problem>(contradicted)).errors?.map((e) => e.path)).toEqual([
      "parties[0].origin",
      "parties[1].country",
    ]);
    const bad = await analyst().request("POST", base(), {
      ...BODY,
      parties: [{ ...BODY.parties[0], country: "Russia" }],
    });
    expect(bad.status).toBe(400);
    expect((await json<Problem>(bad)).errors?.[0]?.path).toBe("json.parties.0.country");
    expect((await json<Agreement[]>(analyst().request("GET", base()))).length).toBe(before);
  });

  it("stores an uploaded document with its sha256 and gives the same bytes back; refuses wrong types and oversize", async () => {
    const a = await create();
    const bytes = new Uint8Array(readFileSync(join(REPO, "examples", "russia-coprocessor.facts.md")));
    const res = await analyst().request("POST", `${base()}/${a.id}/documents?filename=agreement.txt`, bytes, {
      "content-type": "text/plain; charset=utf-8",
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const doc = await json<{ id: string; sha256: string; size: number }>(res);
    expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(doc.size).toBe(bytes.byteLength);
    const back = await viewer().request("GET", `${base()}/${a.id}/documents/${doc.id}`);
    expect(back.status).toBe(200);
    expect(back.headers.get("x-content-sha256")).toBe(doc.sha256);
    expect(Buffer.from(await back.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    const exe = await analyst().request("POST", `${base()}/${a.id}/documents?filename=x.exe`, bytes, {
      "content-type": "application/x-msdownload",
    });
    expect(exe.status).toBe(422);
    expect((await json<Problem>(exe)).errors?.[0]?.path).toBe("header.content-type");
    const big = await analyst().request(
      "POST",
      `${base()}/${a.id}/documents?filename=big.pdf`,
      new Uint8Array(10 * 1024 * 1024 + 1),
      { "content-type": "application/pdf" },
    );
    expect(big.status).toBe(413);
    const listed = await json<Agreement>(analyst().request("GET", `${base()}/${a.id}`));
    expect(listed.documents.map((d) => d.id)).toEqual([doc.id]);
  });

  it("re-screens agreement parties on a new list version and shows the alert on the agreement", async () => {
    const a = await create({
      ...BODY,
      parties: [
        { id: "yantu", name: "深圳研途进出口有限公司", country: "CHN", origin: "foreign", kind: "firm" },
      ],
      obligations: [],
    });
    // Already on the shipped OFAC SDN sample; the UK release adds a second list.
    expect(a.flags.map((f) => f.list)).toEqual(["OFAC SDN"]);
    const officer = harness(db(), undefined, { as: "compliance" });
    const uk = readFileSync(join(REPO, "packages", "data", "samples", "lists", "uk-v2", "ConList.csv"));
    const imported = await officer.request("POST", "/api/datasets/entities?format=uk", uk, {
      "content-type": "text/csv",
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    await rescreenMonitor(db(), createLogger("silent")).idle();
    // The party is no option of the plan: its alert does not make a plan made before it stale.
    expect(await planStaleness(db(), { scenarioId: sid, createdAt: a.createdAt }, undefined)).toBeNull();
    const after = await json<Agreement>(viewer().request("GET", `${base()}/${a.id}`));
    expect(after.alerts).toEqual([
      expect.objectContaining({
        kind: "added",
        partySource: "agreement",
        partyId: `${a.id}/yantu`,
        list: "UK Consolidated List",
        matchedName: "深圳研途进出口有限公司",
      }),
    ]);
  });
});

describe("the Russian example's workspace", () => {
  forEachBackend("seeded from the facts sheet", (db: () => Database) => {
    it("holds the cooperation agreement signed at the round table with a Chinese firm, and the working group", async () => {
      const stored = await loadExamples(db(), join(REPO, "examples"), createLogger("silent"));
      expect(stored).toContain("example-russia-coprocessor");
      const h = harness(db(), undefined, { as: "viewer" });
      const agreements = await json<Agreement[]>(
        h.request("GET", "/api/scenarios/example-russia-coprocessor/agreements"),
      );
      const coop = agreements.find((a) => a.status === "signed");
      expect(coop?.parties.map((p) => p.name)).toEqual([
        "FAREXPO",
        "Russian–Chinese Centre for the Urals and Siberia",
        "TTF Electronic",
      ]);
      expect(coop?.history.at(-1)).toMatchObject({ to: "signed", on: "2024-09-26" });
      expect(coop?.sources.join(" ")).toMatch(/S3.*F14.*F15/);
      expect(coop?.obligations.flatMap((o) => o.activityIds)).toContain("milestone:joint-plan");
      // The illustrative joint-venture draft names Mikron, which the shipped OFAC sample lists.
      const draft = agreements.find((a) => a.status === "draft");
      expect(draft?.flags.some((f) => f.partyId === "mikron")).toBe(true);
      const groups = await json<
        { name: string; meetings: { heldOn: string; minutes: string }[]; resolutions: { status: string }[] }[]
      >(h.request("GET", "/api/scenarios/example-russia-coprocessor/working-groups"));
      expect(groups).toHaveLength(1);
      expect(groups[0]?.meetings[0]).toMatchObject({ heldOn: "2024-09-26" });
      expect(groups[0]?.resolutions.map((r) => r.status)).toEqual(["adopted", "proposed"]);
      // Loading again changes nothing.
      expect(await loadExamples(db(), join(REPO, "examples"), createLogger("silent"))).toEqual([]);
      expect(
        await json<unknown[]>(h.request("GET", "/api/scenarios/example-russia-coprocessor/agreements")),
      ).toHaveLength(agreements.length);
    });
  });
});
