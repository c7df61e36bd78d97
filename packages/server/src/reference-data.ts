import {
  type Entity,
  type ListVersion,
  listVersions,
  loadSampleEntities,
  loadSampleTrade,
  loadValueChain,
  referenceSet,
  ScreeningIndex,
  type TradeFlow,
  type ValueChain,
} from "@chiproad/data";
import type { Database } from "@chiproad/db";
import type { ReferenceData } from "@chiproad/domain";
import type { ReferenceInputs } from "./jobs/messages.ts";

/**
 * The server's own reference data (it must not import the CLI's): the ETO value chain and its
 * chokepoints, a screening index over the current entity list, and trade flows for the market
 * report — from datasets imported into the database when present, else the samples shipped with
 * @chiproad/data. Built values are cached per dataset version.
 */
export interface ReferenceCache {
  trade: { version: number; rows: TradeFlow[] } | null;
  entities: { version: number; index: ScreeningIndex; lists: ListVersion[] } | null;
}

export interface ReferenceBundle {
  chain: ValueChain;
  screening: ScreeningIndex;
  /** The list releases behind `screening` (for the answers' provenance). */
  lists: ListVersion[];
  /** Version of the imported entity list in use; null = shipped samples. */
  entitiesVersion: number | null;
  /** Trade flows in use (data-layer TradeFlow objects). */
  tradeFlows: () => Promise<TradeFlow[]>;
  tradeVersion: number | null;
}

let chainPromise: Promise<ValueChain> | undefined;
let sampleIndex: Promise<{ index: ScreeningIndex; lists: ListVersion[] }> | undefined;
let sampleTrade: Promise<TradeFlow[]> | undefined;

function sampleChain(): Promise<ValueChain> {
  chainPromise ??= loadValueChain();
  return chainPromise;
}

function sampleScreening(): Promise<{ index: ScreeningIndex; lists: ListVersion[] }> {
  sampleIndex ??= loadSampleEntities().then((entities) => ({
    index: new ScreeningIndex(entities),
    lists: listVersions(entities),
  }));
  return sampleIndex;
}

/** Synthetic sample trade flows shipped with @chiproad/data (loaded once per process). */
function sampleTradeFlows(): Promise<TradeFlow[]> {
  sampleTrade ??= loadSampleTrade();
  return sampleTrade;
}

/** Resolves reference inputs (dataset versions, rows sent once per version) into a bundle, using `cache`. */
export async function resolveBundle(
  inputs: ReferenceInputs,
  cache: ReferenceCache,
): Promise<ReferenceBundle> {
  let screening: ScreeningIndex;
  let lists: ListVersion[];
  if (inputs.entities) {
    if (cache.entities?.version !== inputs.entities.version) {
      if (!inputs.entities.rows)
        throw new Error(`entity list version ${inputs.entities.version} was not sent`);
      const rows = inputs.entities.rows as Entity[];
      cache.entities = {
        version: inputs.entities.version,
        index: new ScreeningIndex(rows),
        lists: listVersions(rows).map((l) => ({
          ...l,
          version: `${l.version} (stored version ${inputs.entities!.version})`,
        })),
      };
    }
    screening = cache.entities.index;
    lists = cache.entities.lists;
  } else {
    ({ index: screening, lists } = await sampleScreening());
  }
  if (inputs.trade && cache.trade?.version !== inputs.trade.version) {
    if (!inputs.trade.rows) throw new Error(`trade dataset version ${inputs.trade.version} was not sent`);
    cache.trade = { version: inputs.trade.version, rows: inputs.trade.rows as TradeFlow[] };
  }
  const imported = inputs.trade ? cache.trade : null;
  return {
    chain: await sampleChain(),
    screening,
    lists,
    entitiesVersion: inputs.entities?.version ?? null,
    tradeFlows: () => (imported ? Promise.resolve(imported.rows) : sampleTradeFlows()),
    tradeVersion: inputs.trade?.version ?? null,
  };
}

/**
 * The domain's ReferenceData for a scenario whose programme country is `country`, assembled by
 * the data layer exactly as the CLI does. Only an imported trade dataset feeds the dependence
 * criterion; the synthetic samples never do.
 */
export async function referenceDataFor(
  bundle: ReferenceBundle,
  country: string | undefined,
): Promise<ReferenceData> {
  const trade =
    bundle.tradeVersion === null ? undefined : { flows: await bundle.tradeFlows(), synthetic: false };
  return referenceSet(
    { chain: bundle.chain, screening: bundle.screening, lists: bundle.lists, ...(trade ? { trade } : {}) },
    country,
  );
}

/** Worker side: inputs from the runner → ReferenceData for the scenario. */
export async function buildReferenceData(
  inputs: ReferenceInputs,
  cache: ReferenceCache,
  country: string | undefined,
): Promise<ReferenceData> {
  return referenceDataFor(await resolveBundle(inputs, cache), country);
}

/** Server side: reads the current dataset versions from the database. */
export interface ReferenceProvider {
  bundle(): Promise<ReferenceBundle>;
  forScenario(country: string | undefined): Promise<ReferenceData>;
  /** Forget the cached dataset versions (called after an import through this server). */
  invalidate(): void;
}

/** How long the current dataset versions are trusted before the database is asked again. */
const VERSION_TTL_MS = 1000;

export function referenceProvider(db: Database): ReferenceProvider {
  const cache: ReferenceCache = { trade: null, entities: null };
  // Every analysis request needs the current dataset versions; asking the database at most once a
  // second keeps reads cheap (an import elsewhere shows up within VERSION_TTL_MS).
  let versions: { at: number; value: Promise<[number | null, number | null]> } | null = null;
  function currentVersions(): Promise<[number | null, number | null]> {
    if (!versions || Date.now() - versions.at > VERSION_TTL_MS) {
      const value = Promise.all([db.datasets.current("trade"), db.datasets.current("entities")]).then(
        ([t, e]) => [t?.version ?? null, e?.version ?? null] as [number | null, number | null],
      );
      value.catch(() => {
        versions = null;
      });
      versions = { at: Date.now(), value };
    }
    return versions.value;
  }
  async function inputs(): Promise<ReferenceInputs> {
    const [trade, entities] = await currentVersions();
    return {
      trade:
        trade === null
          ? null
          : trade === cache.trade?.version
            ? { version: trade }
            : { version: trade, rows: await db.datasets.rows("trade", trade) },
      entities:
        entities === null
          ? null
          : entities === cache.entities?.version
            ? { version: entities }
            : { version: entities, rows: await db.datasets.rows("entities", entities) },
    };
  }
  const bundle = async () => resolveBundle(await inputs(), cache);
  return {
    bundle,
    forScenario: async (country) => referenceDataFor(await bundle(), country),
    invalidate() {
      versions = null;
    },
  };
}
