import { count, desc } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import { auditLog } from "./schema.ts";

/** Who performs a write. Real authentication is out of scope: the server takes these from headers. */
export interface Actor {
  user: string;
  role: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
}

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

/** Anything that can run a query: the database or an open transaction. */
export type Executor = Pick<Drizzle, "insert" | "select" | "update" | "delete" | "execute">;

/** Appends one audit entry; callers pass their transaction so the entry commits with the write. */
export async function appendAudit(tx: Executor, actor: Actor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actor: actor.user,
    role: actor.role,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    detail: entry.detail ?? {},
  });
}

export interface AuditRepository {
  append(actor: Actor, entry: AuditInput): Promise<void>;
  /** Newest first. */
  list(options?: { limit?: number }): Promise<AuditEntry[]>;
  count(): Promise<number>;
}

export function auditRepository(db: Drizzle): AuditRepository {
  return {
    append: (actor, entry) => appendAudit(db, actor, entry),
    async list(options = {}) {
      const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
      const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit);
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor,
        role: r.role,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        detail: r.detail as Record<string, unknown>,
      }));
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(auditLog);
      return row?.n ?? 0;
    },
  };
}
