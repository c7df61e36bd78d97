export * from "./schema.ts";
export { type ScenarioIssue, ScenarioError, formatIssue } from "./error.ts";
export { parseScenario, parseScenarioOrThrow, type ParseResult } from "./parse.ts";
export { scenarioJsonSchema } from "./json-schema.ts";
export type { ReferenceData } from "./reference-data.ts";
