export type { GapTable, GapTableRow } from "./gap-table.ts";
export { renderPlanHtml } from "./html.ts";
export { type ReportLanguage, say, sayValue, wordsOf } from "./language.ts";
export { type ReportHeading, renderPlanMarkdown, renderRiskMarkdown } from "./markdown.ts";
