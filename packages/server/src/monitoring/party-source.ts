import type { Counterparty } from "@chiproad/data";
import type { Database } from "@chiproad/db";

/**
 * A counterparty chiproad keeps under watch: what is screened (name, aliases, country, identifiers),
 * where it comes from, and the threshold its owner screens at.
 */
export interface MonitoredParty extends Counterparty {
  /** The source's name ("scenario", "screened", "agreement"). */
  source: string;
  /** What the party is to its programme: "partner" or "domestic" for a scenario's firms. */
  role?: string;
  /** The programme (scenario) the party belongs to, when it belongs to one. */
  scenarioId?: string;
  /** Matches at or above this score are hits (a scenario's `rules.sanctions.threshold`). */
  threshold: number;
}

/**
 * Where re-screening finds the parties to screen. Each source lists its own parties with ids unique
 * within the source; a new register (as the agreements register did, issue 13) plugs in by adding a source to
 * `PARTY_SOURCES`, nothing else changes.
 */
export interface PartySource {
  readonly name: string;
  parties(db: Database): Promise<MonitoredParty[]>;
}
