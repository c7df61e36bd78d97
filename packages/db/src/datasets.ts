import { and, asc, count, desc, eq, lt, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import { type DATASET_KINDS, datasetRows, datasetVersions, datasets } from "./schema.ts";

export type DatasetKind = (typeof DATASET_KINDS)[number];

export interface DatasetVersion {
  datasetId: string;
  kind: DatasetKind;
  version: number;
  source: string;
  filename: string | null;
  rowCount: number;
  meta: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  current: boolean;
}

export interface ImportDataset {
  /** Dataset name; one "current" version per dataset. Defaults to the kind ("trade" / "entities"). */
  datasetId?: string;
  kind: DatasetKind;
  source: string;
  filename?: string | null;
  meta?: Record<string, unknown>;
  /** The parsed rows (trade flows or entities). Consumed once, inside the import transaction. */
  rows: Iterable<unknown> | AsyncIterable<unknown>;
}

export interface DatasetRepository {
  /**
   * Writes a new version and makes it current in ONE transaction: if anything fails (or the process
   * dies) before commit, the previous version stays current and no partial rows are visible.
   */
  import(input: ImportDataset, actor: Actor): Promise<DatasetVersion>;
  current(datasetId: string): Promise<DatasetVersion | undefined>;
  versions(datasetId: string): Promise<DatasetVersion[]>;
  /** The rows of `version`, or of the current version. */
  rows(datasetId: string, version?: number): Promise<unknown[]>;
  countRows(datasetId?: string): Promise<number>;
  /**
   * Makes an earlier version current again (by default the one before the current), keeping every
   * version: one call undoes a bad import. NOT_FOUND when there is nothing to go back to.
   */
  rollback(datasetId: string, toVersion: number | undefined, actor: Actor): Promise<DatasetVersion>;
}

const BATCH = 500;

export function datasetRepository(db: Drizzle): DatasetRepository {
  async function versions(datasetId: string): Promise<DatasetVersion[]> {
    const rows = await db
      .select()
      .from(datasetVersions)
      .innerJoin(datasets, eq(datasets.id, datasetVersions.datasetId))
      .where(eq(datasetVersions.datasetId, datasetId))
      .orderBy(asc(datasetVersions.version));
    return rows.map(({ dataset_versions: v, datasets: d }) => ({
      datasetId: v.datasetId,
      kind: d.kind,
      version: v.version,
      source: v.source,
      filename: v.filename,
      rowCount: v.rowCount,
      meta: v.meta as Record<string, unknown>,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      current: d.currentVersion === v.version,
    }));
  }

  return {
    async import(input, actor) {
      const datasetId = input.datasetId ?? input.kind;
      const version = await db.transaction(async (tx) => {
        await tx.insert(datasets).values({ id: datasetId, kind: input.kind }).onConflictDoNothing();
        // Locks the dataset row: concurrent imports of one dataset get consecutive version numbers.
        const [d] = await tx.select().from(datasets).where(eq(datasets.id, datasetId)).for("update");
        const [last] = await tx
          .select({ v: sql<number>`coalesce(max(${datasetVersions.version}), 0)` })
          .from(datasetVersions)
          .where(eq(datasetVersions.datasetId, datasetId));
        const next = Number(last?.v ?? 0) + 1;
        await tx.insert(datasetVersions).values({
          datasetId,
          version: next,
          source: input.source,
          filename: input.filename ?? null,
          rowCount: 0,
          meta: input.meta ?? {},
          createdBy: actor.user,
        });
        let seq = 0;
        let batch: (typeof datasetRows.$inferInsert)[] = [];
        for await (const data of input.rows) {
          batch.push({ datasetId, version: next, seq: seq++, data });
          if (batch.length >= BATCH) {
            await tx.insert(datasetRows).values(batch);
            batch = [];
          }
        }
        if (batch.length > 0) await tx.insert(datasetRows).values(batch);
        await tx
          .update(datasetVersions)
          .set({ rowCount: seq })
          .where(and(eq(datasetVersions.datasetId, datasetId), eq(datasetVersions.version, next)));
        await tx
          .update(datasets)
          .set({ currentVersion: next, updatedAt: new Date() })
          .where(eq(datasets.id, datasetId));
        await appendAudit(tx, actor, {
          action: "dataset.import",
          targetType: "dataset",
          targetId: datasetId,
          detail: {
            version: next,
            previousVersion: d?.currentVersion ?? null,
            source: input.source,
            rows: seq,
            filename: input.filename ?? null,
          },
        });
        return next;
      });
      const all = await versions(datasetId);
      return all.find((v) => v.version === version)!;
    },

    async current(datasetId) {
      const [d] = await db.select().from(datasets).where(eq(datasets.id, datasetId));
      if (d?.currentVersion == null) return undefined;
      return (await versions(datasetId)).find((v) => v.version === d.currentVersion);
    },

    versions,

    async rows(datasetId, version) {
      let v = version;
      if (v === undefined) {
        const [d] = await db.select().from(datasets).where(eq(datasets.id, datasetId));
        if (d?.currentVersion == null) return [];
        v = d.currentVersion;
      }
      const rows = await db
        .select({ data: datasetRows.data })
        .from(datasetRows)
        .where(and(eq(datasetRows.datasetId, datasetId), eq(datasetRows.version, v)))
        .orderBy(asc(datasetRows.seq));
      return rows.map((r) => r.data);
    },

    async countRows(datasetId) {
      const [row] = await db
        .select({ n: count() })
        .from(datasetRows)
        .where(datasetId ? eq(datasetRows.datasetId, datasetId) : undefined);
      return row?.n ?? 0;
    },

    async rollback(datasetId, toVersion, actor) {
      const version = await db.transaction(async (tx) => {
        const [d] = await tx.select().from(datasets).where(eq(datasets.id, datasetId)).for("update");
        if (d?.currentVersion == null) {
          throw new ChiproadError("NOT_FOUND", `dataset "${datasetId}" has no imported version to roll back`);
        }
        const [target] = await tx
          .select({ version: datasetVersions.version })
          .from(datasetVersions)
          .where(
            and(
              eq(datasetVersions.datasetId, datasetId),
              toVersion === undefined
                ? lt(datasetVersions.version, d.currentVersion)
                : eq(datasetVersions.version, toVersion),
            ),
          )
          .orderBy(desc(datasetVersions.version))
          .limit(1);
        if (!target) {
          throw new ChiproadError(
            "NOT_FOUND",
            toVersion === undefined
              ? `dataset "${datasetId}" has no version before ${d.currentVersion}; nothing to roll back to`
              : `dataset "${datasetId}" has no version ${toVersion}; list them with GET /api/datasets`,
          );
        }
        await tx
          .update(datasets)
          .set({ currentVersion: target.version, updatedAt: new Date() })
          .where(eq(datasets.id, datasetId));
        await appendAudit(tx, actor, {
          action: "dataset.rollback",
          targetType: "dataset",
          targetId: datasetId,
          detail: { version: target.version, previousVersion: d.currentVersion },
        });
        return target.version;
      });
      return (await versions(datasetId)).find((v) => v.version === version)!;
    },
  };
}
