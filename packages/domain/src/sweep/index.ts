// Sweeps: a grid of what-if changes over a scenario, each variant planned and risk-analysed.
export {
  expandGrid,
  MAX_VARIANTS,
  parseSweepGrid,
  type SweepGrid,
  SweepGridSchema,
  type SweepVariant,
} from "./grid.ts";
export { renderSweepMarkdown } from "./markdown.ts";
export {
  completeRow,
  type PlannedVariant,
  planVariant,
  runVariant,
  SAMPLES_PER_JOB,
  type SweepOptions,
  type SweepReport,
  type SweepRow,
  sampleRanges,
  sweep,
  variantSamples,
} from "./sweep.ts";
