import {
  type Counterparty,
  diffScreenings,
  type Entity,
  loadSampleEntities,
  ScreeningIndex,
} from "@chiproad/data";
import type { Actor, Database, NewAlert, ScreeningRun } from "@chiproad/db";
import type { Logger } from "../logger.ts";
import { agreementPartySource } from "./agreement-parties.ts";
import type { MonitoredParty, PartySource } from "./party-source.ts";
import { scenarioPartySource } from "./scenario-parties.ts";
import { screenedPartySource } from "./screened-parties.ts";

/** Every source of parties re-screened on a new list version. */
export const PARTY_SOURCES: readonly PartySource[] = [
  scenarioPartySource,
  screenedPartySource,
  agreementPartySource,
];

/** The entity dataset the screening index is built from (one merged dataset of all lists). */
export const ENTITIES_DATASET = "entities";

/** Parties screened between two yields to the event loop, so requests are served during a long run. */
const CHUNK = 200;

/** The audit actor of a re-screening the server starts by itself (catching up after a restart). */
export const SYSTEM_ACTOR: Actor = { user: "chiproad", role: "system" };

/**
 * Re-screens every party against the version last re-screened (the shipped samples before the first)
 * and the current one, and stores the differences as alerts in one transaction. Returns the run, or
 * undefined when there was nothing to do (already up to date, or another process stored it first).
 */
export async function rescreenCurrentVersion(
  db: Database,
  actor: Actor,
  sources: readonly PartySource[] = PARTY_SOURCES,
): Promise<ScreeningRun | undefined> {
  const current = await db.datasets.current(ENTITIES_DATASET);
  if (!current) return undefined;
  const last = await db.alerts.lastRun(ENTITIES_DATASET);
  const from = last?.toVersion ?? null;
  if (from === current.version) return undefined;
  const oldEntities =
    from === null
      ? await loadSampleEntities()
      : ((await db.datasets.rows(ENTITIES_DATASET, from)) as Entity[]);
  const newEntities = (await db.datasets.rows(ENTITIES_DATASET, current.version)) as Entity[];
  const parties = (await Promise.all(sources.map((s) => s.parties(db)))).flat();
  const alerts = await diffParties(parties, new ScreeningIndex(oldEntities), new ScreeningIndex(newEntities));
  return db.alerts.recordRun(
    {
      datasetId: ENTITIES_DATASET,
      fromVersion: from,
      toVersion: current.version,
      partyCount: parties.length,
      alerts,
    },
    actor,
  );
}

/** `diffScreenings` per threshold group, in chunks that yield to the event loop between them. */
async function diffParties(
  parties: readonly MonitoredParty[],
  oldIndex: ScreeningIndex,
  newIndex: ScreeningIndex,
): Promise<NewAlert[]> {
  const byId = new Map(parties.map((p) => [`${p.source}\u0001${p.id}`, p]));
  const groups = new Map<number, MonitoredParty[]>();
  for (const p of byId.values()) {
    const group = groups.get(p.threshold) ?? [];
    group.push(p);
    groups.set(p.threshold, group);
  }
  const out: NewAlert[] = [];
  for (const [threshold, group] of groups) {
    for (let i = 0; i < group.length; i += CHUNK) {
      const chunk = group.slice(i, i + CHUNK);
      const queries: Counterparty[] = chunk.map((p) => {
        const { source: _s, role: _r, scenarioId: _sc, threshold: _t, ...query } = p;
        return { ...query, id: `${p.source}\u0001${p.id}` };
      });
      for (const a of diffScreenings(queries, oldIndex, newIndex, { threshold })) {
        const party = byId.get(a.party)!;
        out.push({
          kind: a.kind,
          partySource: party.source,
          partyId: party.id,
          partyName: party.name,
          partyRole: party.role ?? null,
          scenarioId: party.scenarioId ?? null,
          list: a.list,
          entityId: a.entityId,
          entityName: a.entityName,
          matchedName: a.matchedName,
          publicationDate: a.publicationDate ?? null,
          oldListVersion: a.oldVersion ?? null,
          newListVersion: a.newVersion ?? null,
          oldScore: a.oldScore ?? null,
          newScore: a.newScore ?? null,
          threshold,
        });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return out;
}

/**
 * Runs re-screenings in the background, one at a time per database: `request()` returns at once (the
 * import answers without waiting), requests arriving during a run fold into one more run, which
 * compares the last re-screened version with whatever is current then.
 */
export interface RescreenMonitor {
  request(actor: Actor): void;
  /** Resolves when nothing is pending or running (tests; a graceful shutdown). */
  idle(): Promise<void>;
}

const monitors = new WeakMap<Database, RescreenMonitor>();

/**
 * The monitor of `db` (one per open database). Created on first use, it catches up at once: a server
 * stopped between an import and its re-screening re-screens on its next start.
 */
export function rescreenMonitor(db: Database, logger: Logger): RescreenMonitor {
  const existing = monitors.get(db);
  if (existing) return existing;
  let running: Promise<void> | null = null;
  let pending: Actor | null = null;
  const loop = async () => {
    while (pending) {
      const actor = pending;
      pending = null;
      try {
        const started = performance.now();
        const run = await rescreenCurrentVersion(db, actor);
        if (run) {
          logger.info(
            {
              run: run.id,
              from: run.fromVersion,
              to: run.toVersion,
              parties: run.partyCount,
              alerts: run.alertCount,
              ms: Math.round(performance.now() - started),
            },
            "re-screened parties against a new entity-list version",
          );
        }
      } catch (error) {
        logger.error({ err: error }, "re-screening failed; it is retried on the next import or start");
      }
    }
  };
  const start = () => {
    running = loop().finally(() => {
      running = null;
      if (pending) start();
    });
  };
  const monitor: RescreenMonitor = {
    request(actor) {
      pending = actor;
      if (!running) start();
    },
    async idle() {
      while (running) await running;
    },
  };
  monitors.set(db, monitor);
  monitor.request(SYSTEM_ACTOR);
  return monitor;
}
