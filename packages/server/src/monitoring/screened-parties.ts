import { createHash } from "node:crypto";
import { DEFAULT_SCREENING_THRESHOLD, type ScreeningQuery } from "@chiproad/data";
import type { Database } from "@chiproad/db";
import type { MonitoredParty, PartySource } from "./party-source.ts";

/**
 * Names screened through POST /api/screen (kept in screening_results), each distinct query once, at
 * the default threshold. Its id is a digest of the query, so the same name keeps the same id.
 */
export const screenedPartySource: PartySource = {
  name: "screened",
  async parties(db: Database) {
    const out: MonitoredParty[] = [];
    for (const raw of await db.alerts.screenedQueries()) {
      const q = raw as Partial<ScreeningQuery>;
      if (typeof q.name !== "string" || q.name.trim() === "") continue;
      const query: ScreeningQuery = { name: q.name };
      if (Array.isArray(q.aliases) && q.aliases.length) query.aliases = q.aliases.map(String);
      if (typeof q.country === "string") query.country = q.country;
      if (typeof q.birthDate === "string") query.birthDate = q.birthDate;
      if (Array.isArray(q.identifiers) && q.identifiers.length) query.identifiers = q.identifiers.map(String);
      const id = `screened/${createHash("sha256").update(JSON.stringify(query)).digest("hex").slice(0, 16)}`;
      out.push({ ...query, id, source: "screened", threshold: DEFAULT_SCREENING_THRESHOLD });
    }
    return out;
  },
};
