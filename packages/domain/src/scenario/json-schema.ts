import { z } from "zod";
import { ScenarioSchema } from "./schema.ts";

/**
 * The scenario schema as JSON Schema (draft 2020-12) for editors. It describes the INPUT
 * (fields with defaults are optional); cross-references (ids) are checked by `parseScenario` only.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    $id: "https://chiproad.dev/schema/scenario.schema.json",
    title: "chiproad scenario",
    description:
      "A microelectronics localization programme: targets, domestic capabilities, partners, collaboration models, funds, workforce, facilities, export-control and sanctions rules, scoring and risk parameters.",
  };
}
