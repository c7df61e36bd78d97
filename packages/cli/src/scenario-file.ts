import { ChiproadError } from "@chiproad/data";
import { readFileSync, statSync } from "node:fs";
import { parseScenario, type ReferenceData, type Scenario, ScenarioError } from "@chiproad/domain";

export function readTextFile(file: string): string {
  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
    return readFileSync(file, "utf8");
  } catch {
    throw new ChiproadError(
      "NOT_FOUND",
      `${file}: no such file; give the path of a scenario .yaml or .json file`,
    );
  }
}

/**
 * Reads and validates a scenario file; value-chain input ids are checked against `ref.chain`.
 * Throws a ScenarioError (BAD_INPUT, every issue as file:line:col) or a NOT_FOUND error.
 */
export function loadScenarioFile(file: string, ref: ReferenceData): Scenario {
  const result = parseScenario(readTextFile(file), file, ref.chain ? { chain: ref.chain } : {});
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
