import { type Scenario, type ScenarioInput, ScenarioSchema } from "./schema.ts";

/**
 * The smallest useful scenario — one target needing photolithography (N25) at 90 nm, a domestic
 * fab at 180 nm, one partner offering 28 nm, one technology-transfer model and no rules — for
 * tests that add exactly the rule or fact they exercise. Not part of the public API.
 */
export function minimalScenarioInput(): ScenarioInput {
  return {
    program: {
      id: "test",
      name: "Test programme",
      country: "RUS",
      currency: "RUB",
      startDate: "2025-01-01",
      horizon: 260,
      timeUnit: "week",
    },
    targets: [
      {
        id: "chip",
        name: "Co-processor",
        node: 90,
        volume: 1000,
        dueDate: "2026-01-01",
        inputs: [{ input: "N25" }],
        counterparts: ["fab"],
      },
    ],
    domestic: {
      firms: [{ id: "fab", name: "Domestic Fab JSC", country: "RUS" }],
      capabilities: [{ input: "N25", node: 180, capacity: 500, firm: "fab" }],
    },
    partners: [
      {
        id: "p1",
        name: "Partner One",
        country: "CHN",
        regimes: ["wassenaar"],
        firms: [{ id: "p1f", name: "Partner One Foundry Ltd", country: "CHN" }],
        offers: [{ input: "N25", node: 28, capacity: 1000, firm: "p1f" }],
      },
    ],
    models: [
      {
        id: "tt",
        type: "technology-transfer",
        name: "Technology transfer with training",
        workPackages: [
          { kind: "negotiate", duration: 8, cost: 100 },
          { kind: "transfer", duration: 20, cost: 1000 },
        ],
        transfers: ["3E"],
        localization: 0.9,
      },
    ],
  };
}

export function minimalScenario(edit?: (s: ScenarioInput) => void): Scenario {
  const input = minimalScenarioInput();
  edit?.(input);
  return ScenarioSchema.parse(input);
}
