export { assessOptions, nodeStepsFor, type OptionAssessment } from "./assess.ts";
export { herfindahl, hhiAfterOption, supplierShares } from "./dependence.ts";
export {
  compareOptions,
  type GapRanking,
  type PartnerExposure,
  type PartnerFitReport,
  partnerFit,
  type RankedOption,
} from "./fit.ts";
export { renderPartnerFitMarkdown } from "./markdown.ts";
export { CRITERIA, type Criterion, scoreOptions } from "./score.ts";
export { type WeightSensitivity, weightSensitivity } from "./sensitivity.ts";
