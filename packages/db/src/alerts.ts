import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import {
  type ALERT_STATUSES,
  alerts,
  type SCREENING_ALERT_KINDS,
  screeningResults,
  screeningRuns,
} from "./schema.ts";

export type AlertKind = (typeof SCREENING_ALERT_KINDS)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One difference found by re-screening a party against a new entity-list version. */
export interface NewAlert {
  kind: AlertKind;
  partySource: string;
  partyId: string;
  partyName: string;
  partyRole?: string | null;
  scenarioId?: string | null;
  list: string;
  entityId: string;
  entityName: string;
  matchedName: string;
  publicationDate?: string | null;
  oldListVersion?: string | null;
  newListVersion?: string | null;
  oldScore?: number | null;
  newScore?: number | null;
  threshold: number;
}

export interface AlertRecord extends Required<NewAlert> {
  id: string;
  runId: string;
  status: AlertStatus;
  oldDatasetVersion: number | null;
  newDatasetVersion: number;
  createdAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  note: string | null;
}

export interface ScreeningRun {
  id: string;
  datasetId: string;
  /** null: the shipped sample lists. */
  fromVersion: number | null;
  toVersion: number;
  partyCount: number;
  alertCount: number;
  createdAt: string;
}

export interface RecordRun {
  datasetId: string;
  fromVersion: number | null;
  toVersion: number;
  partyCount: number;
  alerts: NewAlert[];
}

export interface AlertFilter {
  scenarioId?: string;
  /** Only parties from this source ("scenario", "screened", "agreement"). */
  partySource?: string;
  status?: AlertStatus;
  /** Only alerts raised after this instant (stale-plan check). */
  after?: Date;
  limit?: number;
}

export interface AlertRepository {
  /**
   * Stores one re-screening and its alerts in ONE transaction, only if `fromVersion` is still the
   * version last re-screened (null = none yet): two processes re-screening the same change store it
   * once. Returns undefined (nothing stored) when another run got there first.
   */
  recordRun(input: RecordRun, actor: Actor): Promise<ScreeningRun | undefined>;
  /** The latest re-screening of `datasetId`, if any. */
  lastRun(datasetId: string): Promise<ScreeningRun | undefined>;
  /** Newest first. */
  list(filter?: AlertFilter): Promise<AlertRecord[]>;
  get(id: string): Promise<AlertRecord | undefined>;
  /** Marks an open alert acknowledged, audited; NOT_FOUND, or CONFLICT when already acknowledged. */
  acknowledge(id: string, note: string | null, actor: Actor): Promise<AlertRecord>;
  /** The distinct queries stored by screenings (POST /api/screen), to screen them again. */
  screenedQueries(): Promise<unknown[]>;
}

// Any fixed number: re-screenings of one database serialize their final write on this lock.
const RUN_LOCK = 74_261_004;

type AlertRow = typeof alerts.$inferSelect;
type RunRow = typeof screeningRuns.$inferSelect;

function toAlert(r: AlertRow): AlertRecord {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  };
}

function toRun(r: RunRow): ScreeningRun {
  return { ...r, createdAt: r.createdAt.toISOString() };
}

const BATCH = 500;

export function alertRepository(db: Drizzle): AlertRepository {
  async function get(id: string): Promise<AlertRecord | undefined> {
    const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
    return row ? toAlert(row) : undefined;
  }
  async function lastRun(datasetId: string, tx: Pick<Drizzle, "select"> = db) {
    const [row] = await tx
      .select()
      .from(screeningRuns)
      .where(eq(screeningRuns.datasetId, datasetId))
      .orderBy(desc(screeningRuns.createdAt), desc(screeningRuns.id))
      .limit(1);
    return row ? toRun(row) : undefined;
  }

  return {
    async recordRun(input, actor) {
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${RUN_LOCK})`);
        const last = await lastRun(input.datasetId, tx);
        if ((last?.toVersion ?? null) !== input.fromVersion) return undefined;
        const runId = randomUUID();
        const [run] = await tx
          .insert(screeningRuns)
          .values({
            id: runId,
            datasetId: input.datasetId,
            fromVersion: input.fromVersion,
            toVersion: input.toVersion,
            partyCount: input.partyCount,
            alertCount: input.alerts.length,
            // Strictly after the previous run, so "latest" is well defined even within one clock tick.
            ...(last ? { createdAt: new Date(Math.max(Date.now(), Date.parse(last.createdAt) + 1)) } : {}),
          })
          .returning();
        const rows = input.alerts.map((a) => ({
          id: randomUUID(),
          runId,
          kind: a.kind,
          partySource: a.partySource,
          partyId: a.partyId,
          partyName: a.partyName,
          partyRole: a.partyRole ?? null,
          scenarioId: a.scenarioId ?? null,
          list: a.list,
          entityId: a.entityId,
          entityName: a.entityName,
          matchedName: a.matchedName,
          publicationDate: a.publicationDate ?? null,
          oldDatasetVersion: input.fromVersion,
          newDatasetVersion: input.toVersion,
          oldListVersion: a.oldListVersion ?? null,
          newListVersion: a.newListVersion ?? null,
          oldScore: a.oldScore ?? null,
          newScore: a.newScore ?? null,
          threshold: a.threshold,
        }));
        for (let i = 0; i < rows.length; i += BATCH) await tx.insert(alerts).values(rows.slice(i, i + BATCH));
        await appendAudit(tx, actor, {
          action: "screening.rescreen",
          targetType: "dataset",
          targetId: input.datasetId,
          detail: {
            run: runId,
            fromVersion: input.fromVersion,
            toVersion: input.toVersion,
            parties: input.partyCount,
            alerts: input.alerts.length,
          },
        });
        return toRun(run!);
      });
    },

    lastRun: (datasetId) => lastRun(datasetId),

    async list(filter = {}) {
      const limit = Math.max(1, Math.min(filter.limit ?? 500, 5000));
      const rows = await db
        .select()
        .from(alerts)
        .where(
          and(
            filter.scenarioId !== undefined ? eq(alerts.scenarioId, filter.scenarioId) : undefined,
            filter.partySource !== undefined ? eq(alerts.partySource, filter.partySource) : undefined,
            filter.status !== undefined ? eq(alerts.status, filter.status) : undefined,
            filter.after !== undefined ? gt(alerts.createdAt, filter.after) : undefined,
          ),
        )
        .orderBy(desc(alerts.createdAt), alerts.partyName, alerts.list, alerts.entityId)
        .limit(limit);
      return rows.map(toAlert);
    },

    get,

    async acknowledge(id, note, actor) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(alerts)
          .set({ status: "acknowledged", acknowledgedBy: actor.user, acknowledgedAt: new Date(), note })
          .where(and(eq(alerts.id, id), eq(alerts.status, "open")))
          .returning();
        if (!row) {
          const [existing] = await tx.select({ status: alerts.status }).from(alerts).where(eq(alerts.id, id));
          if (!existing) throw new ChiproadError("NOT_FOUND", `alert ${id} does not exist`);
          throw new ChiproadError("CONFLICT", `alert ${id} is already acknowledged`);
        }
        await appendAudit(tx, actor, {
          action: "alert.acknowledge",
          targetType: "alert",
          targetId: id,
          detail: { note, party: row.partyId, list: row.list, entity: row.entityId, kind: row.kind },
        });
        return toAlert(row);
      });
    },

    async screenedQueries() {
      const rows = await db
        .selectDistinct({ query: screeningResults.query })
        .from(screeningResults)
        .orderBy(screeningResults.query);
      return rows.map((r) => r.query);
    },
  };
}
