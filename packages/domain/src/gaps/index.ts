export {
  analyzeGaps,
  type Gap,
  type GapKind,
  type GapReport,
  type InputCoverage,
  type InputStatus,
  type TargetGaps,
} from "./analyze.ts";
export { renderGapsMarkdown } from "./markdown.ts";
export {
  generationsBehind,
  ladderIndex,
  meetsNode,
  NODE_LADDER,
  NODE_LADDER_ASSUMPTION,
} from "./node-ladder.ts";
