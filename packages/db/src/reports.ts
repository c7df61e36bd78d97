import { eq } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import { reports } from "./schema.ts";

/**
 * Computed reports by key (serialized JSON). The caller builds the key from every input of the
 * answer, including the fingerprint of the code that computes it; a key is written once and its body
 * never changes (a second put of the same key is ignored).
 */
export interface ReportRepository {
  get(key: string): Promise<string | undefined>;
  put(key: string, scenarioId: string, kind: string, body: string): Promise<void>;
}

export function reportRepository(db: Drizzle): ReportRepository {
  return {
    async get(key) {
      const [row] = await db.select({ body: reports.body }).from(reports).where(eq(reports.key, key));
      return row?.body;
    },
    async put(key, scenarioId, kind, body) {
      await db.insert(reports).values({ key, scenarioId, kind, body }).onConflictDoNothing();
    },
  };
}
