export {
  type ActivityVariance,
  type MilestoneVariance,
  parseBaseline,
  type TrackingStatus,
  type Variance,
  varianceOf,
} from "./variance.ts";
export { renderCashMarkdown, renderVarianceMarkdown } from "./markdown.ts";
export { renderTrackingHtml } from "./html.ts";
