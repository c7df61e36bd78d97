import { createHash, randomUUID } from "node:crypto";
import { ChiproadError } from "@chiproad/data";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import {
  type AGREEMENT_KINDS,
  type AGREEMENT_STATUSES,
  agreementDocuments,
  agreementFlags,
  agreementStatusChanges,
  agreements,
  scenarios,
} from "./schema.ts";

export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * The agreement lifecycle: draft → negotiating → signed → in force → expired, with termination of
 * talks or of the agreement from negotiating, signed or in force. Expired and terminated are final.
 * Every other change is refused (CONFLICT, path `status`) and nothing is stored.
 */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ["negotiating"],
  negotiating: ["signed", "terminated"],
  signed: ["in-force", "terminated"],
  "in-force": ["expired", "terminated"],
  expired: [],
  terminated: [],
};

/** The largest document stored with an agreement, and the media types accepted. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_CONTENT_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
  "application/vnd.oasis.opendocument.text",
  "text/plain",
  "image/png",
  "image/jpeg",
] as const;

export interface AgreementParty {
  /** Unique within the agreement; obligations and screening flags name it. */
  id: string;
  name: string;
  /** ISO 3166 alpha-2 or alpha-3. */
  country: string;
  origin: "domestic" | "foreign";
  kind: "firm" | "organisation";
  aliases?: string[];
}

export interface AgreementObligation {
  id: string;
  /** The id of the party that owes it. */
  party: string;
  description: string;
  /** Roadmap activity ids (`milestone:<id>`, `<gap>:<work package>`) the obligation is delivered by. */
  activityIds: string[];
  due?: string;
}

export interface AgreementInput {
  kind: AgreementKind;
  title: string;
  parties: AgreementParty[];
  obligations: AgreementObligation[];
  notes?: string | null;
  /** Where the facts come from (source ids of the programme's facts sheet, outlets, dates). */
  sources?: string[];
}

/** A party's hit on a restricted-party list when the agreement was saved. */
export interface AgreementFlag {
  partyId: string;
  partyName: string;
  list: string;
  /** The list's own release. */
  listVersion: string;
  /** The stored entity-list version screened against (null: the shipped samples). */
  datasetVersion: number | null;
  entityId: string;
  entityName: string;
  matchedName: string;
  score: number;
  threshold: number;
}

export interface AgreementStatusChange {
  seq: number;
  from: AgreementStatus | null;
  to: AgreementStatus;
  /** YYYY-MM-DD, the date the change took effect. */
  on: string;
  note: string | null;
  changedBy: string;
  changedAt: string;
}

export interface AgreementDocument {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface AgreementRecord {
  id: string;
  scenarioId: string;
  kind: AgreementKind;
  title: string;
  status: AgreementStatus;
  parties: AgreementParty[];
  obligations: AgreementObligation[];
  notes: string | null;
  sources: string[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  history: AgreementStatusChange[];
  flags: (AgreementFlag & { screenedAt: string })[];
  documents: AgreementDocument[];
}

export interface NewDocument {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** Every agreement's parties, for re-screening on a new list version. */
export interface AgreementPartyRef {
  agreementId: string;
  scenarioId: string;
  party: AgreementParty;
}

export interface AgreementRepository {
  /** Creates a draft (status change 1: created on `on`) with its parties' screening flags; audited. */
  create(
    scenarioId: string,
    input: AgreementInput,
    flags: AgreementFlag[],
    on: string,
    actor: Actor,
  ): Promise<AgreementRecord>;
  /** Saves a new content; CONFLICT when `expectedVersion` is stale. The flags replace the old ones. */
  update(
    scenarioId: string,
    id: string,
    input: AgreementInput,
    expectedVersion: number,
    flags: AgreementFlag[],
    actor: Actor,
  ): Promise<AgreementRecord>;
  /** Moves to `to` on date `on` if AGREEMENT_TRANSITIONS allows it and `on` is not before the last change. */
  transition(
    scenarioId: string,
    id: string,
    change: { to: AgreementStatus; on: string; note?: string | null },
    actor: Actor,
  ): Promise<AgreementRecord>;
  list(scenarioId: string): Promise<AgreementRecord[]>;
  get(scenarioId: string, id: string): Promise<AgreementRecord | undefined>;
  addDocument(scenarioId: string, id: string, doc: NewDocument, actor: Actor): Promise<AgreementDocument>;
  document(
    scenarioId: string,
    id: string,
    documentId: string,
  ): Promise<(AgreementDocument & { content: Uint8Array }) | undefined>;
  /** Every party of every agreement (re-screening). */
  allParties(): Promise<AgreementPartyRef[]>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(path: string, value: string): void {
  const ok = ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok)
    throw new ChiproadError("BAD_INPUT", `${path}: expected a date YYYY-MM-DD, got "${value}"`, {
      errors: [{ path, message: `expected a date YYYY-MM-DD, got "${value}"`, hint: "e.g. 2024-09-26" }],
    });
}

function notFound(scenarioId: string, id: string): ChiproadError {
  return new ChiproadError(
    "NOT_FOUND",
    `agreement "${id}" does not exist in scenario "${scenarioId}"; list them with GET /api/scenarios/${scenarioId}/agreements`,
  );
}

type Executor = Pick<Drizzle, "select" | "insert" | "update" | "delete" | "execute">;

async function scenarioExists(tx: Executor, scenarioId: string): Promise<void> {
  const [found] = await tx.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, scenarioId));
  if (!found)
    throw new ChiproadError(
      "NOT_FOUND",
      `scenario "${scenarioId}" does not exist; list them with GET /api/scenarios`,
    );
}

function flagRows(agreementId: string, flags: AgreementFlag[]) {
  // One row per party × listed entity (the best-scoring match when a party hits one entity twice).
  const byKey = new Map<string, AgreementFlag>();
  for (const f of flags) {
    const key = `${f.partyId}\u0001${f.list}\u0001${f.entityId}`;
    const seen = byKey.get(key);
    if (!seen || f.score > seen.score) byKey.set(key, f);
  }
  return [...byKey.values()].map((f) => ({ ...f, agreementId }));
}

export function agreementRepository(db: Drizzle): AgreementRepository {
  async function load(tx: Executor, rows: (typeof agreements.$inferSelect)[]): Promise<AgreementRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    // Sequential: one transaction is one connection, which runs one query at a time.
    const [history, flags, documents] = [
      await tx
        .select()
        .from(agreementStatusChanges)
        .where(inArray(agreementStatusChanges.agreementId, ids))
        .orderBy(asc(agreementStatusChanges.seq)),
      await tx
        .select()
        .from(agreementFlags)
        .where(inArray(agreementFlags.agreementId, ids))
        .orderBy(asc(agreementFlags.partyId), desc(agreementFlags.score), asc(agreementFlags.entityId)),
      await tx
        .select({
          id: agreementDocuments.id,
          agreementId: agreementDocuments.agreementId,
          filename: agreementDocuments.filename,
          contentType: agreementDocuments.contentType,
          size: agreementDocuments.size,
          sha256: agreementDocuments.sha256,
          uploadedBy: agreementDocuments.uploadedBy,
          uploadedAt: agreementDocuments.uploadedAt,
        })
        .from(agreementDocuments)
        .where(inArray(agreementDocuments.agreementId, ids))
        .orderBy(asc(agreementDocuments.uploadedAt), asc(agreementDocuments.id)),
    ];
    return rows.map((r) => ({
      id: r.id,
      scenarioId: r.scenarioId,
      kind: r.kind,
      title: r.title,
      status: r.status,
      parties: r.parties as AgreementParty[],
      obligations: r.obligations as AgreementObligation[],
      notes: r.notes,
      sources: r.sources as string[],
      version: r.version,
      createdBy: r.createdBy,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      history: history
        .filter((h) => h.agreementId === r.id)
        .map((h) => ({
          seq: h.seq,
          from: h.fromStatus,
          to: h.toStatus,
          on: h.effectiveOn,
          note: h.note,
          changedBy: h.changedBy,
          changedAt: h.changedAt.toISOString(),
        })),
      flags: flags
        .filter((f) => f.agreementId === r.id)
        .map(({ agreementId: _a, screenedAt, ...f }) => ({ ...f, screenedAt: screenedAt.toISOString() })),
      documents: documents
        .filter((d) => d.agreementId === r.id)
        .map(({ agreementId: _a, uploadedAt, ...d }) => ({ ...d, uploadedAt: uploadedAt.toISOString() })),
    }));
  }

  async function get(tx: Executor, scenarioId: string, id: string, lock = false) {
    const query = tx
      .select()
      .from(agreements)
      .where(and(eq(agreements.id, id), eq(agreements.scenarioId, scenarioId)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  async function reload(tx: Executor, scenarioId: string, id: string): Promise<AgreementRecord> {
    const row = await get(tx, scenarioId, id);
    if (!row) throw notFound(scenarioId, id);
    return (await load(tx, [row]))[0]!;
  }

  return {
    async create(scenarioId, input, flags, on, actor) {
      checkDate("on", on);
      return db.transaction(async (tx) => {
        await scenarioExists(tx, scenarioId);
        const id = randomUUID();
        await tx.insert(agreements).values({
          id,
          scenarioId,
          kind: input.kind,
          title: input.title,
          status: "draft",
          parties: input.parties,
          obligations: input.obligations,
          notes: input.notes ?? null,
          sources: input.sources ?? [],
          createdBy: actor.user,
        });
        await tx.insert(agreementStatusChanges).values({
          agreementId: id,
          seq: 1,
          fromStatus: null,
          toStatus: "draft",
          effectiveOn: on,
          changedBy: actor.user,
        });
        const rows = flagRows(id, flags);
        if (rows.length) await tx.insert(agreementFlags).values(rows);
        await appendAudit(tx, actor, {
          action: "agreement.create",
          targetType: "agreement",
          targetId: id,
          detail: { scenarioId, kind: input.kind, parties: input.parties.length, flags: rows.length },
        });
        return reload(tx, scenarioId, id);
      });
    },

    async update(scenarioId, id, input, expectedVersion, flags, actor) {
      return db.transaction(async (tx) => {
        const row = await get(tx, scenarioId, id, true);
        if (!row) throw notFound(scenarioId, id);
        if (row.version !== expectedVersion)
          throw new ChiproadError(
            "CONFLICT",
            `agreement "${id}" is at version ${row.version}, not ${expectedVersion}: someone saved it meanwhile; reload it and apply your change again`,
            { errors: [{ path: "version", message: `expected ${row.version}` }] },
          );
        await tx
          .update(agreements)
          .set({
            kind: input.kind,
            title: input.title,
            parties: input.parties,
            obligations: input.obligations,
            notes: input.notes ?? null,
            sources: input.sources ?? [],
            version: row.version + 1,
            updatedAt: new Date(),
          })
          .where(eq(agreements.id, id));
        await tx.delete(agreementFlags).where(eq(agreementFlags.agreementId, id));
        const rows = flagRows(id, flags);
        if (rows.length) await tx.insert(agreementFlags).values(rows);
        await appendAudit(tx, actor, {
          action: "agreement.update",
          targetType: "agreement",
          targetId: id,
          detail: { scenarioId, version: row.version + 1, flags: rows.length },
        });
        return reload(tx, scenarioId, id);
      });
    },

    async transition(scenarioId, id, change, actor) {
      checkDate("on", change.on);
      return db.transaction(async (tx) => {
        const row = await get(tx, scenarioId, id, true);
        if (!row) throw notFound(scenarioId, id);
        const allowed = AGREEMENT_TRANSITIONS[row.status];
        if (!allowed.includes(change.to)) {
          const hint = allowed.length
            ? `from ${row.status} it can move to ${allowed.join(" or ")}`
            : `${row.status} is final`;
          throw new ChiproadError(
            "CONFLICT",
            `status: agreement "${row.title}" is ${row.status} and cannot become ${change.to}; ${hint}`,
            { errors: [{ path: "status", message: `${row.status} → ${change.to} is not allowed`, hint }] },
          );
        }
        const [last] = await tx
          .select()
          .from(agreementStatusChanges)
          .where(eq(agreementStatusChanges.agreementId, id))
          .orderBy(desc(agreementStatusChanges.seq))
          .limit(1);
        if (last && change.on < last.effectiveOn)
          throw new ChiproadError(
            "BAD_INPUT",
            `on: ${change.to} on ${change.on} is before the agreement became ${last.toStatus} on ${last.effectiveOn}; give a date on or after ${last.effectiveOn}`,
            {
              errors: [
                {
                  path: "on",
                  message: `before ${last.effectiveOn}`,
                  hint: `on or after ${last.effectiveOn}`,
                },
              ],
            },
          );
        await tx.insert(agreementStatusChanges).values({
          agreementId: id,
          seq: (last?.seq ?? 0) + 1,
          fromStatus: row.status,
          toStatus: change.to,
          effectiveOn: change.on,
          note: change.note ?? null,
          changedBy: actor.user,
        });
        await tx
          .update(agreements)
          .set({ status: change.to, version: row.version + 1, updatedAt: new Date() })
          .where(eq(agreements.id, id));
        await appendAudit(tx, actor, {
          action: "agreement.status",
          targetType: "agreement",
          targetId: id,
          detail: { scenarioId, from: row.status, to: change.to, on: change.on },
        });
        return reload(tx, scenarioId, id);
      });
    },

    async list(scenarioId) {
      const rows = await db
        .select()
        .from(agreements)
        .where(eq(agreements.scenarioId, scenarioId))
        .orderBy(asc(agreements.createdAt), asc(agreements.id));
      return load(db, rows);
    },

    async get(scenarioId, id) {
      const row = await get(db, scenarioId, id);
      return row ? (await load(db, [row]))[0] : undefined;
    },

    async addDocument(scenarioId, id, doc, actor) {
      if (doc.content.byteLength === 0)
        throw new ChiproadError(
          "BAD_INPUT",
          "body: the document is empty; send the file as the request body",
          {
            errors: [{ path: "body", message: "empty" }],
          },
        );
      if (doc.content.byteLength > DOCUMENT_MAX_BYTES)
        throw new ChiproadError(
          "PAYLOAD_TOO_LARGE",
          `body: the document has ${doc.content.byteLength} bytes, over the ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB limit; attach a smaller file`,
        );
      if (!(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(doc.contentType))
        throw new ChiproadError(
          "BAD_INPUT",
          `content-type: "${doc.contentType}" is not accepted for agreement documents; send one of ${DOCUMENT_CONTENT_TYPES.join(", ")}`,
          { errors: [{ path: "header.content-type", message: `"${doc.contentType}" is not accepted` }] },
        );
      return db.transaction(async (tx) => {
        const row = await get(tx, scenarioId, id, true);
        if (!row) throw notFound(scenarioId, id);
        const documentId = randomUUID();
        const sha256 = createHash("sha256").update(doc.content).digest("hex");
        const [stored] = await tx
          .insert(agreementDocuments)
          .values({
            id: documentId,
            agreementId: id,
            filename: doc.filename,
            contentType: doc.contentType,
            size: doc.content.byteLength,
            sha256,
            content: doc.content,
            uploadedBy: actor.user,
          })
          .returning({ uploadedAt: agreementDocuments.uploadedAt });
        await appendAudit(tx, actor, {
          action: "agreement.document.add",
          targetType: "agreement",
          targetId: id,
          detail: { scenarioId, document: documentId, filename: doc.filename, sha256 },
        });
        return {
          id: documentId,
          filename: doc.filename,
          contentType: doc.contentType,
          size: doc.content.byteLength,
          sha256,
          uploadedBy: actor.user,
          uploadedAt: stored!.uploadedAt.toISOString(),
        };
      });
    },

    async document(scenarioId, id, documentId) {
      const [row] = await db
        .select({ doc: agreementDocuments })
        .from(agreementDocuments)
        .innerJoin(agreements, eq(agreements.id, agreementDocuments.agreementId))
        .where(
          and(
            eq(agreementDocuments.id, documentId),
            eq(agreements.id, id),
            eq(agreements.scenarioId, scenarioId),
          ),
        );
      if (!row) return undefined;
      const { agreementId: _a, uploadedAt, content, ...d } = row.doc;
      return { ...d, uploadedAt: uploadedAt.toISOString(), content: new Uint8Array(content) };
    },

    async allParties() {
      const rows = await db
        .select({ id: agreements.id, scenarioId: agreements.scenarioId, parties: agreements.parties })
        .from(agreements)
        .orderBy(asc(agreements.id));
      return rows.flatMap((r) =>
        (r.parties as AgreementParty[]).map((party) => ({
          agreementId: r.id,
          scenarioId: r.scenarioId,
          party,
        })),
      );
    },
  };
}
