export { type RiskOptions, riskAnalysis } from "./risk-analysis.ts";
export type { RiskReport } from "./risk-report.ts";
