import { createHash } from "node:crypto";
import { ChiproadError } from "@chiproad/data";
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TRANSITIONS,
  type AgreementInput,
  type AgreementStatus,
  type Database,
} from "@chiproad/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "./backends.ts";

const analyst = { user: "anna", role: "analyst" };

const INPUT: AgreementInput = {
  kind: "cooperation",
  title: "Cooperation agreement",
  parties: [
    { id: "farexpo", name: "FAREXPO", country: "RUS", origin: "domestic", kind: "organisation" },
    { id: "ttf", name: "TTF Electronic", country: "CHN", origin: "foreign", kind: "firm" },
  ],
  obligations: [
    {
      id: "plan",
      party: "ttf",
      description: "Prepare the joint plan",
      activityIds: ["milestone:joint-plan"],
    },
  ],
  sources: ["S3"],
};

const FLAG = {
  partyId: "ttf",
  partyName: "TTF Electronic",
  list: "OFAC SDN",
  listVersion: "2024-09-01",
  datasetVersion: null,
  entityId: "e1",
  entityName: "TTF ELECTRONIC CO",
  matchedName: "TTF ELECTRONIC CO",
  score: 0.93,
  threshold: 0.8,
};

/** Moves an agreement from draft along the lifecycle's first allowed path to `status`. */
const PATH_TO: Record<AgreementStatus, AgreementStatus[]> = {
  draft: [],
  negotiating: ["negotiating"],
  signed: ["negotiating", "signed"],
  "in-force": ["negotiating", "signed", "in-force"],
  expired: ["negotiating", "signed", "in-force", "expired"],
  terminated: ["negotiating", "terminated"],
};

async function expectCode(promise: Promise<unknown>, code: string, path?: string): Promise<void> {
  await expect(promise).rejects.toSatisfy(
    (e: unknown) =>
      e instanceof ChiproadError && e.code === code && (path === undefined || e.errors?.[0]?.path === path),
  );
}

forEachBackend("programme workspace storage", (db: () => Database) => {
  let scenarioId = "";
  const scenario = async () => {
    if (scenarioId) return scenarioId;
    const s = await db().scenarios.create(
      { name: "P", content: "x", format: "yaml", parsed: {}, country: "RUS" },
      analyst,
    );
    scenarioId = s.id;
    return scenarioId;
  };
  const agreementIn = async (status: AgreementStatus) => {
    const sid = await scenario();
    const a = await db().agreements.create(sid, INPUT, [], "2024-01-01", analyst);
    for (const [i, to] of PATH_TO[status].entries())
      await db().agreements.transition(sid, a.id, { to, on: `2024-0${i + 2}-01` }, analyst);
    return a.id;
  };

  describe("agreements", () => {
    it("stores a draft with its parties, obligations, flags and creation date, audited", async () => {
      const sid = await scenario();
      const before = await db().audit.count();
      const a = await db().agreements.create(
        sid,
        INPUT,
        [FLAG, { ...FLAG, score: 0.81 }],
        "2024-09-26",
        analyst,
      );
      expect(a).toMatchObject({ status: "draft", version: 1, parties: INPUT.parties, sources: ["S3"] });
      expect(a.history).toMatchObject([{ seq: 1, from: null, to: "draft", on: "2024-09-26" }]);
      expect(a.flags).toHaveLength(1);
      expect(a.flags[0]).toMatchObject({
        partyId: "ttf",
        list: "OFAC SDN",
        matchedName: "TTF ELECTRONIC CO",
        score: 0.93,
      });
      expect(await db().audit.count()).toBe(before + 1);
      expect((await db().audit.list({ limit: 1 }))[0]).toMatchObject({
        action: "agreement.create",
        targetId: a.id,
      });
    });

    const pairs = AGREEMENT_STATUSES.flatMap((from) => AGREEMENT_STATUSES.map((to) => [from, to] as const));
    it.each(pairs.filter(([from, to]) => AGREEMENT_TRANSITIONS[from].includes(to)))(
      "allows %s → %s and records its date",
      async (from, to) => {
        const id = await agreementIn(from);
        const done = await db().agreements.transition(
          await scenario(),
          id,
          { to, on: "2025-01-01" },
          analyst,
        );
        expect(done.status).toBe(to);
        expect(done.history.at(-1)).toMatchObject({ from, to, on: "2025-01-01" });
      },
    );
    it.each(pairs.filter(([from, to]) => !AGREEMENT_TRANSITIONS[from].includes(to)))(
      "refuses %s → %s with CONFLICT at path status and stores nothing",
      async (from, to) => {
        const id = await agreementIn(from);
        const sid = await scenario();
        const before = await db().agreements.get(sid, id);
        const audits = await db().audit.count();
        await expectCode(
          db().agreements.transition(sid, id, { to, on: "2025-01-01" }, analyst),
          "CONFLICT",
          "status",
        );
        expect(await db().agreements.get(sid, id)).toEqual(before);
        expect(await db().audit.count()).toBe(audits);
      },
    );

    it("refuses a status date before the previous change, and an impossible date", async () => {
      const sid = await scenario();
      const id = await agreementIn("negotiating");
      await expectCode(
        db().agreements.transition(sid, id, { to: "signed", on: "2023-12-31" }, analyst),
        "BAD_INPUT",
        "on",
      );
      await expectCode(
        db().agreements.transition(sid, id, { to: "signed", on: "2024-02-30" }, analyst),
        "BAD_INPUT",
        "on",
      );
      expect((await db().agreements.get(sid, id))?.status).toBe("negotiating");
    });

    it("keeps status changes append-only: no UPDATE or DELETE rewrites the history", async () => {
      const id = await agreementIn("signed");
      for (const statement of [
        sql`UPDATE agreement_status_changes SET effective_on = '2000-01-01' WHERE agreement_id = ${id}`,
        sql`DELETE FROM agreement_status_changes WHERE agreement_id = ${id}`,
      ])
        await expect(db().drizzle.execute(statement)).rejects.toSatisfy((e: unknown) =>
          /append-only/.test(String((e as { cause?: unknown }).cause ?? e)),
        );
      expect((await db().agreements.get(await scenario(), id))?.history).toHaveLength(3);
    });

    it("saves a new version, replaces the flags, and refuses a stale version", async () => {
      const sid = await scenario();
      const a = await db().agreements.create(sid, INPUT, [FLAG], "2024-01-01", analyst);
      const saved = await db().agreements.update(sid, a.id, { ...INPUT, title: "Renamed" }, 1, [], analyst);
      expect(saved).toMatchObject({ title: "Renamed", version: 2, flags: [] });
      await expectCode(db().agreements.update(sid, a.id, INPUT, 1, [], analyst), "CONFLICT", "version");
      expect((await db().agreements.get(sid, a.id))?.title).toBe("Renamed");
    });

    it("keeps an agreement to its own scenario: another scenario's id finds nothing", async () => {
      const sid = await scenario();
      const other = await db().scenarios.create(
        { name: "Q", content: "x", format: "yaml", parsed: {}, country: "IND" },
        analyst,
      );
      const id = await agreementIn("draft");
      expect(await db().agreements.get(other.id, id)).toBeUndefined();
      await expectCode(
        db().agreements.transition(other.id, id, { to: "negotiating", on: "2025-01-01" }, analyst),
        "NOT_FOUND",
      );
      expect((await db().agreements.list(sid)).some((a) => a.id === id)).toBe(true);
    });

    it("stores a document's bytes with their sha256 and refuses empty, oversized or unknown types", async () => {
      const sid = await scenario();
      const id = await agreementIn("signed");
      const content = new TextEncoder().encode("Соглашение о сотрудничестве 合作协议");
      const doc = await db().agreements.addDocument(
        sid,
        id,
        { filename: "a.txt", contentType: "text/plain", content },
        analyst,
      );
      expect(doc.sha256).toBe(createHash("sha256").update(content).digest("hex"));
      expect(doc.size).toBe(content.byteLength);
      const back = await db().agreements.document(sid, id, doc.id);
      expect(Buffer.from(back!.content).equals(Buffer.from(content))).toBe(true);
      expect((await db().agreements.get(sid, id))?.documents).toEqual([doc]);
      await expectCode(
        db().agreements.addDocument(
          sid,
          id,
          { filename: "e.txt", contentType: "text/plain", content: new Uint8Array() },
          analyst,
        ),
        "BAD_INPUT",
      );
      await expectCode(
        db().agreements.addDocument(
          sid,
          id,
          { filename: "x.exe", contentType: "application/x-msdownload", content },
          analyst,
        ),
        "BAD_INPUT",
      );
      await expectCode(
        db().agreements.addDocument(
          sid,
          id,
          {
            filename: "big.pdf",
            contentType: "application/pdf",
            content: new Uint8Array(10 * 1024 * 1024 + 1),
          },
          analyst,
        ),
        "PAYLOAD_TOO_LARGE",
      );
      expect((await db().agreements.get(sid, id))?.documents).toHaveLength(1);
    });

    it("lists every agreement's parties for re-screening", async () => {
      const id = await agreementIn("draft");
      const refs = (await db().agreements.allParties()).filter((r) => r.agreementId === id);
      expect(refs.map((r) => r.party.id)).toEqual(["farexpo", "ttf"]);
      expect(refs[0]?.scenarioId).toBe(await scenario());
    });
  });

  describe("working groups", () => {
    it("keeps members, meetings with minutes, resolutions with status and owner, and a brief request once", async () => {
      const sid = await scenario();
      const g = await db().workingGroups.create(
        sid,
        { name: "WG", members: [{ name: "A", organisation: "FAREXPO", role: "chair" }], sources: ["S3"] },
        analyst,
      );
      const m = await db().workingGroups.addMeeting(
        sid,
        g.id,
        { heldOn: "2024-10-15", agenda: "Plan" },
        analyst,
      );
      const withMinutes = await db().workingGroups.updateMeeting(
        sid,
        g.id,
        m.id,
        { heldOn: "2024-10-15", agenda: "Plan", minutes: "Agreed" },
        analyst,
      );
      expect(withMinutes.minutes).toBe("Agreed");
      const r = await db().workingGroups.addResolution(
        sid,
        g.id,
        { title: "Submit", kind: "resolution", status: "proposed", owner: "FAREXPO", meetingId: m.id },
        analyst,
      );
      const adopted = await db().workingGroups.updateResolution(
        sid,
        g.id,
        r.id,
        { title: "Submit", kind: "resolution", status: "adopted", owner: "TTF", meetingId: m.id },
        analyst,
      );
      expect(adopted).toMatchObject({ status: "adopted", owner: "TTF", briefRequest: null });
      const requested = await db().workingGroups.requestBrief(sid, g.id, r.id, "for the council", analyst);
      expect(requested.briefRequest).toMatchObject({ by: "anna", note: "for the council" });
      await expectCode(db().workingGroups.requestBrief(sid, g.id, r.id, null, analyst), "CONFLICT");
      const loaded = await db().workingGroups.get(sid, g.id);
      expect(loaded?.meetings).toHaveLength(1);
      expect(loaded?.resolutions[0]?.briefRequest?.note).toBe("for the council");
      const actions = (await db().audit.list({ limit: 6 })).map((e) => e.action);
      expect(actions).toContain("working-group.brief.request");
    });

    it("refuses a bad meeting date and a meeting of another group, storing nothing", async () => {
      const sid = await scenario();
      const g = await db().workingGroups.create(sid, { name: "G1", members: [] }, analyst);
      const h = await db().workingGroups.create(sid, { name: "G2", members: [] }, analyst);
      const m = await db().workingGroups.addMeeting(
        sid,
        h.id,
        { heldOn: "2024-10-15", agenda: "x" },
        analyst,
      );
      await expectCode(
        db().workingGroups.addMeeting(sid, g.id, { heldOn: "15.10.2024", agenda: "x" }, analyst),
        "BAD_INPUT",
        "heldOn",
      );
      await expectCode(
        db().workingGroups.addResolution(
          sid,
          g.id,
          { title: "t", kind: "decision", status: "proposed", owner: "o", meetingId: m.id },
          analyst,
        ),
        "NOT_FOUND",
        "meetingId",
      );
      const loaded = await db().workingGroups.get(sid, g.id);
      expect(loaded?.meetings).toEqual([]);
      expect(loaded?.resolutions).toEqual([]);
    });
  });
});
