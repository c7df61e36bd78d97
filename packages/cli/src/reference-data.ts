import {
  chokepoints,
  importTradeFile,
  listVersions,
  loadSampleEntities,
  loadValueChain,
  type MarketReport,
  marketReport,
  type ScreeningMatch,
  type ScreeningQuery,
  ScreeningIndex,
} from "@chiproad/data";
import type { ReferenceData } from "@chiproad/domain";

/**
 * Matches down to this score are handed to the domain, which applies the scenario's own
 * threshold (`rules.sanctions.threshold`); a higher cut here would hide hits a scenario asks for.
 */
const SCREEN_FLOOR = 0.5;

export interface ReferenceDataOptions {
  /** Directory of an ETO chip-explorer copy; default: the repository's sample. */
  chainDir?: string;
}

const cache = new Map<string, Promise<ReferenceData>>();

/**
 * The data-layer values the domain analyses take (the domain does no I/O): the value chain and
 * its chokepoints, and a screener over the shipped sanctions samples. Loaded once per process.
 */
export function loadReferenceData(opts: ReferenceDataOptions = {}): Promise<ReferenceData> {
  const key = opts.chainDir ?? "";
  let pending = cache.get(key);
  if (!pending) {
    pending = build(opts);
    cache.set(key, pending);
  }
  return pending;
}

async function build(opts: ReferenceDataOptions): Promise<ReferenceData> {
  const [chain, entities] = await Promise.all([loadValueChain(opts.chainDir), loadSampleEntities()]);
  const index = new ScreeningIndex(entities);
  const screen = (q: ScreeningQuery): ScreeningMatch[] =>
    index.screen(q, { threshold: SCREEN_FLOOR, limit: 10 }).matches;
  return { chain, chokepoints: chokepoints(chain), screen, datasets: listVersions(entities) };
}

/**
 * The programme country's import market for HS 8542 from a trade file (UN Comtrade or CEPII
 * BACI; mirror data where the country does not report), for the dependence (HHI) criterion.
 * Not loaded by default: the shipped trade samples are synthetic.
 */
export async function loadMarket(file: string, importer: string): Promise<MarketReport> {
  const { flows } = await importTradeFile(file);
  return marketReport(flows, { importer, hs: "8542" });
}
