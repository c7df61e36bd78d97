import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import { scenarioVersions, scenarios } from "./schema.ts";

export type ScenarioFormat = "yaml" | "json";

export interface ScenarioSummary {
  id: string;
  name: string;
  version: number;
  country: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioRecord extends ScenarioSummary {
  content: string;
  format: ScenarioFormat;
  /** The scenario as parsed and validated by the domain when it was saved. */
  parsed: unknown;
  createdBy: string;
}

export interface ScenarioVersionSummary {
  version: number;
  name: string;
  createdAt: string;
  createdBy: string;
}

export interface SaveScenario {
  name: string;
  content: string;
  format: ScenarioFormat;
  parsed: unknown;
  country?: string | null | undefined;
}

export interface ScenarioRepository {
  /** Stores version 1. `id` may be given (e.g. for bundled examples); it must not exist yet. */
  create(input: SaveScenario & { id?: string | undefined }, actor: Actor): Promise<ScenarioRecord>;
  /** Stores a new version; throws CONFLICT when `expectedVersion` is not the current one. */
  update(
    id: string,
    input: Partial<Pick<SaveScenario, "name">> & Omit<SaveScenario, "name">,
    expectedVersion: number,
    actor: Actor,
  ): Promise<ScenarioRecord>;
  get(id: string): Promise<ScenarioRecord | undefined>;
  /** The name and current version number (cheap: no content), or undefined. */
  head(id: string): Promise<{ name: string; version: number } | undefined>;
  getVersion(id: string, version: number): Promise<ScenarioRecord | undefined>;
  versions(id: string): Promise<ScenarioVersionSummary[] | undefined>;
  list(): Promise<ScenarioSummary[]>;
  count(): Promise<{ scenarios: number; versions: number }>;
}

type ScenarioRow = typeof scenarios.$inferSelect;
type VersionRow = typeof scenarioVersions.$inferSelect;

/** The row of the one-statement save; every value as text, so both drivers return the same thing. */
interface SavedRow {
  id: string;
  name: string;
  country: string | null;
  version: string;
  created_at: string;
  updated_at: string;
}

/** A timestamptz as `Date.prototype.toISOString` writes it (UTC, milliseconds truncated as a JS Date does). */
function isoText(column: SQL) {
  return sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

function toRecord(s: ScenarioRow, v: VersionRow): ScenarioRecord {
  return {
    id: s.id,
    name: v.name,
    version: v.version,
    country: s.country,
    createdAt: s.createdAt.toISOString(),
    updatedAt: v.createdAt.toISOString(),
    content: v.content,
    format: v.format,
    parsed: v.parsed,
    createdBy: v.createdBy,
  };
}

export function scenarioRepository(db: Drizzle): ScenarioRepository {
  // The reads behind every scenario page and report: built once (see README, "Prepared reads").
  const current = db
    .select()
    .from(scenarios)
    .innerJoin(
      scenarioVersions,
      and(
        eq(scenarioVersions.scenarioId, scenarios.id),
        eq(scenarioVersions.version, scenarios.currentVersion),
      ),
    )
    .where(eq(scenarios.id, sql.placeholder("id")))
    .prepare("chiproad_scenario_current");
  const currentHead = db
    .select({ version: scenarios.currentVersion, name: scenarios.name })
    .from(scenarios)
    .where(eq(scenarios.id, sql.placeholder("id")))
    .prepare("chiproad_scenario_version");
  const all = db
    .select()
    .from(scenarios)
    .orderBy(desc(scenarios.updatedAt), asc(scenarios.id))
    .prepare("chiproad_scenario_list");

  async function getVersion(id: string, version: number): Promise<ScenarioRecord | undefined> {
    const rows = await db
      .select()
      .from(scenarios)
      .innerJoin(scenarioVersions, eq(scenarioVersions.scenarioId, scenarios.id))
      .where(and(eq(scenarios.id, id), eq(scenarioVersions.version, version)));
    const row = rows[0];
    return row ? toRecord(row.scenarios, row.scenario_versions) : undefined;
  }

  return {
    async create(input, actor) {
      const id = input.id ?? randomUUID();
      return db.transaction(async (tx) => {
        const existing = await tx.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, id));
        if (existing.length > 0) throw new ChiproadError("CONFLICT", `scenario "${id}" already exists`);
        const [s] = await tx
          .insert(scenarios)
          .values({ id, name: input.name, country: input.country ?? null, currentVersion: 1 })
          .returning();
        const [v] = await tx
          .insert(scenarioVersions)
          .values({
            scenarioId: id,
            version: 1,
            name: input.name,
            content: input.content,
            format: input.format,
            parsed: input.parsed,
            createdBy: actor.user,
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "scenario.create",
          targetType: "scenario",
          targetId: id,
          detail: { version: 1, name: input.name },
        });
        return toRecord(s!, v!);
      });
    },

    async update(id, input, expectedVersion, actor) {
      // One statement, one round trip: the UPDATE's version check is atomic (a concurrent save of the
      // same version waits on the row lock, is re-checked against the new row and matches nothing), and
      // the version and the audit entry are inserted only from the row it returns.
      const saved = (await db.execute(sql`
        WITH upd AS (
          UPDATE scenarios
             SET name = COALESCE(${input.name ?? null}::text, name),
                 country = COALESCE(${input.country ?? null}::text, country),
                 current_version = current_version + 1,
                 updated_at = now()
           WHERE id = ${id} AND current_version = ${expectedVersion}
          RETURNING id, name, country, current_version, created_at
        ), ver AS (
          INSERT INTO scenario_versions (scenario_id, version, name, content, format, parsed, created_by)
          SELECT id, current_version, name, ${input.content}, ${input.format}, ${JSON.stringify(input.parsed)}::jsonb, ${actor.user}
            FROM upd
          RETURNING created_at
        ), aud AS (
          INSERT INTO audit_log (actor, role, action, target_type, target_id, detail)
          SELECT ${actor.user}, ${actor.role}, 'scenario.update', 'scenario', id,
                 jsonb_build_object('version', current_version, 'previousVersion', ${expectedVersion}::int)
            FROM upd
        )
        SELECT upd.id, upd.name, upd.country, upd.current_version::text AS version,
               ${isoText(sql.raw("upd.created_at"))} AS created_at,
               ${isoText(sql.raw("ver.created_at"))} AS updated_at
          FROM upd, ver`)) as unknown as { rows: SavedRow[] };
      const row = saved.rows[0];
      if (!row) {
        const head = (await currentHead.execute({ id }))[0];
        if (!head) throw new ChiproadError("NOT_FOUND", `scenario "${id}" does not exist`);
        throw new ChiproadError(
          "CONFLICT",
          `scenario "${id}" is at version ${head.version}, not ${expectedVersion}: reload it, reapply your change and save again`,
        );
      }
      return {
        id: row.id,
        name: row.name,
        version: Number(row.version),
        country: row.country,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        content: input.content,
        format: input.format,
        parsed: input.parsed,
        createdBy: actor.user,
      };
    },

    async get(id) {
      // One query: the scenario joined to its current version.
      const [row] = await current.execute({ id });
      return row ? toRecord(row.scenarios, row.scenario_versions) : undefined;
    },

    async head(id) {
      return (await currentHead.execute({ id }))[0];
    },

    getVersion,

    async versions(id) {
      const [s] = await db.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, id));
      if (!s) return undefined;
      const rows = await db
        .select({
          version: scenarioVersions.version,
          name: scenarioVersions.name,
          createdAt: scenarioVersions.createdAt,
          createdBy: scenarioVersions.createdBy,
        })
        .from(scenarioVersions)
        .where(eq(scenarioVersions.scenarioId, id))
        .orderBy(asc(scenarioVersions.version));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },

    async list() {
      const rows = await all.execute();
      return rows.map((s) => ({
        id: s.id,
        name: s.name,
        version: s.currentVersion,
        country: s.country,
        createdAt: s.createdAt.toISOString(),
        updatedAt: s.updatedAt.toISOString(),
      }));
    },

    async count() {
      const [a] = await db.select({ n: count() }).from(scenarios);
      const [b] = await db.select({ n: count() }).from(scenarioVersions);
      return { scenarios: a?.n ?? 0, versions: b?.n ?? 0 };
    },
  };
}
