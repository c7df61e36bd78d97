import {
  importTradeFile,
  listVersions,
  loadSampleEntities,
  loadValueChain,
  type MarketReport,
  marketReport,
  REFERENCE_MARKET_HS,
  type ReferenceSources,
  referenceSet,
  ScreeningIndex,
} from "@chiproad/data";
import type { ReferenceData } from "@chiproad/domain";

export interface ReferenceDataOptions {
  /** Directory of an ETO chip-explorer copy; default: the repository's sample. */
  chainDir?: string;
}

const cache = new Map<string, Promise<ReferenceSources>>();

/**
 * The data-layer values the domain analyses take (the domain does no I/O), assembled by the data
 * layer's `referenceSet` exactly as the server does: the value chain and its chokepoints, and a
 * screener over the shipped sanctions samples. Sources are loaded once per process.
 */
export async function loadReferenceData(
  opts: ReferenceDataOptions = {},
  importer?: string,
): Promise<ReferenceData> {
  const key = opts.chainDir ?? "";
  let pending = cache.get(key);
  if (!pending) {
    pending = sources(opts);
    cache.set(key, pending);
  }
  return referenceSet(await pending, importer);
}

async function sources(opts: ReferenceDataOptions): Promise<ReferenceSources> {
  const [chain, entities] = await Promise.all([loadValueChain(opts.chainDir), loadSampleEntities()]);
  return { chain, screening: new ScreeningIndex(entities), lists: listVersions(entities) };
}

/**
 * The programme country's import market for HS 8542 from a trade file (UN Comtrade or CEPII
 * BACI; mirror data where the country does not report), for the dependence (HHI) criterion.
 * Not loaded by default: the shipped trade samples are synthetic.
 */
export async function loadMarket(file: string, importer: string): Promise<MarketReport> {
  const { flows } = await importTradeFile(file);
  return marketReport(flows, { importer, hs: REFERENCE_MARKET_HS });
}
