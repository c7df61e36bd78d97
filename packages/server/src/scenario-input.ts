import { parseScenario, type Scenario, ScenarioError } from "@chiproad/domain";
import type { ScenarioFormat } from "@chiproad/db";

export function detectFormat(content: string, declared?: ScenarioFormat): ScenarioFormat {
  if (declared) return declared;
  return /^\s*[[{]/.test(content) ? "json" : "yaml";
}

/** Parses scenario text at the API boundary; throws ScenarioError (→ 422 with positioned issues). */
export function parseScenarioContent(content: string, file: string): Scenario {
  const result = parseScenario(content, file);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
