import { samplePath } from "../source.ts";
import { importTradeFile } from "./import-trade-file.ts";
import type { TradeFlow } from "./model.ts";

/** The hand-made SYNTHETIC fixtures in samples/trade (BACI layout); not real statistics. */
export const SAMPLE_TRADE_FILES = {
  baci: samplePath("trade", "baci-synthetic_HS17.csv"),
  comtrade: samplePath("trade", "comtrade-plus-synthetic.csv"),
};

/** Flows from the SYNTHETIC BACI-layout fixture, HS 8541 and 8542; every flow's `source` says SYNTHETIC. */
export async function loadSampleTrade(): Promise<TradeFlow[]> {
  return (await importTradeFile(SAMPLE_TRADE_FILES.baci, { format: "baci" })).flows;
}
