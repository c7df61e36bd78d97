export { mergeRiskSamples, type RiskOptions, riskAnalysis, riskSampleRange } from "./risk-analysis.ts";
export type { RiskReport, RiskSampleRange } from "./risk-report.ts";
