export { type ComplianceDecision, decideCompliance } from "./decide.ts";
export {
  categoriesOverlap,
  destinationMatches,
  type ExportControlDecision,
  evaluateExportControls,
  type RuleFinding,
} from "./export-controls.ts";
export { type ExplainedMatch, explainMatch } from "./match-explanation.ts";
export { type FirmScreening, type SanctionsHit, SanctionsScreener } from "./sanctions.ts";
