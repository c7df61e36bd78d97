import { randomUUID } from "node:crypto";
import { ChiproadError } from "@chiproad/data";
import { and, asc, eq } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { planBaselines, plans } from "./schema.ts";

/** A plan saved under a name as its programme's baseline. */
export interface BaselineRecord {
  id: string;
  scenarioId: string;
  name: string;
  /** The plan job whose result is the baseline, and the scenario version it planned. */
  jobId: string;
  scenarioVersion: number;
  createdBy: string;
  createdAt: string;
}

export interface BaselineRepository {
  /**
   * Saves the result of a succeeded plan job of this scenario as the baseline `name`; audited.
   * BAD_INPUT when the job is not such a plan (path `jobId`), CONFLICT when the name is taken.
   */
  save(scenarioId: string, name: string, jobId: string, actor: Actor): Promise<BaselineRecord>;
  list(scenarioId: string): Promise<BaselineRecord[]>;
  /** The baseline and its plan. */
  get(scenarioId: string, name: string): Promise<{ baseline: BaselineRecord; plan: unknown } | undefined>;
}

const columns = {
  id: planBaselines.id,
  scenarioId: planBaselines.scenarioId,
  name: planBaselines.name,
  jobId: plans.jobId,
  scenarioVersion: plans.scenarioVersion,
  createdBy: planBaselines.createdBy,
  createdAt: planBaselines.createdAt,
};

const toRecord = (r: Omit<BaselineRecord, "createdAt"> & { createdAt: Date }): BaselineRecord => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
});

export function baselineRepository(db: Drizzle): BaselineRepository {
  return {
    async save(scenarioId, name, jobId, actor) {
      return db.transaction(async (tx) => {
        const [plan] = await tx
          .select({ id: plans.id, kind: plans.kind, scenarioId: plans.scenarioId, status: plans.status })
          .from(plans)
          .where(eq(plans.jobId, jobId));
        if (!plan || plan.scenarioId !== scenarioId || plan.kind !== "plan")
          throw new ChiproadError("BAD_INPUT", `job "${jobId}" is not a finished plan of this programme`, {
            errors: [{ path: "jobId", message: "name a succeeded plan job of this programme (its jobId)" }],
          });
        const [taken] = await tx
          .select({ id: planBaselines.id })
          .from(planBaselines)
          .where(and(eq(planBaselines.scenarioId, scenarioId), eq(planBaselines.name, name)));
        if (taken)
          throw new ChiproadError(
            "CONFLICT",
            `this programme already has a baseline named "${name}"; choose another name`,
          );
        const id = randomUUID();
        await tx
          .insert(planBaselines)
          .values({ id, scenarioId, name, planId: plan.id, createdBy: actor.user });
        await appendAudit(tx, actor, {
          action: "baseline.save",
          targetType: "baseline",
          targetId: id,
          detail: { scenarioId, name, jobId, planStatus: plan.status },
        });
        const [row] = await tx
          .select(columns)
          .from(planBaselines)
          .innerJoin(plans, eq(plans.id, planBaselines.planId))
          .where(eq(planBaselines.id, id));
        return toRecord(row!);
      });
    },
    async list(scenarioId) {
      const rows = await db
        .select(columns)
        .from(planBaselines)
        .innerJoin(plans, eq(plans.id, planBaselines.planId))
        .where(eq(planBaselines.scenarioId, scenarioId))
        .orderBy(asc(planBaselines.createdAt), asc(planBaselines.name));
      return rows.map(toRecord);
    },
    async get(scenarioId, name) {
      const [row] = await db
        .select({ ...columns, plan: plans.result })
        .from(planBaselines)
        .innerJoin(plans, eq(plans.id, planBaselines.planId))
        .where(and(eq(planBaselines.scenarioId, scenarioId), eq(planBaselines.name, name)));
      if (!row) return undefined;
      const { plan, ...baseline } = row;
      return { baseline: toRecord(baseline), plan };
    },
  };
}
