import { randomUUID } from "node:crypto";
import { count } from "drizzle-orm";
import type { Actor } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { screeningResults } from "./schema.ts";

export interface ScreeningRecord {
  id: string;
  query: unknown;
  matches: unknown[];
  entitiesVersion: number | null;
  createdBy: string;
  createdAt: string;
}

export interface ScreeningRepository {
  /** Keeps a screening result so a decision can later show what the lists said at the time. */
  record(
    input: { query: unknown; matches: unknown[]; entitiesVersion?: number | null },
    actor: Actor,
  ): Promise<ScreeningRecord>;
  /** Keeps a batch of results in one transaction: all of them or none. */
  recordMany(
    inputs: { query: unknown; matches: unknown[]; entitiesVersion?: number | null }[],
    actor: Actor,
  ): Promise<void>;
  count(): Promise<number>;
}

export function screeningRepository(db: Drizzle): ScreeningRepository {
  return {
    async record(input, actor) {
      const [row] = await db
        .insert(screeningResults)
        .values({
          id: randomUUID(),
          query: input.query,
          matches: input.matches,
          matchCount: input.matches.length,
          entitiesVersion: input.entitiesVersion ?? null,
          createdBy: actor.user,
        })
        .returning();
      return {
        id: row!.id,
        query: row!.query,
        matches: row!.matches as unknown[],
        entitiesVersion: row!.entitiesVersion,
        createdBy: row!.createdBy,
        createdAt: row!.createdAt.toISOString(),
      };
    },
    async recordMany(inputs, actor) {
      if (inputs.length === 0) return;
      await db.transaction(async (tx) => {
        await tx.insert(screeningResults).values(
          inputs.map((input) => ({
            id: randomUUID(),
            query: input.query,
            matches: input.matches,
            matchCount: input.matches.length,
            entitiesVersion: input.entitiesVersion ?? null,
            createdBy: actor.user,
          })),
        );
      });
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(screeningResults);
      return row?.n ?? 0;
    },
  };
}
