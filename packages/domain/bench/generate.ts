/**
 * Generated programmes for the planner benchmark: `gaps` capability gaps spread over targets,
 * five partners (two under a licence rule, one under a prohibition for some categories), four
 * collaboration models of different lengths and costs, engineer pools fed by training cohorts,
 * two cleanrooms that grow over time and four fund tranches. The numbers are synthetic, chosen so
 * engineers, cleanroom and money all bind at times; they describe no real programme.
 */
import { type Scenario, type ScenarioInput, ScenarioSchema } from "../src/index.ts";
import { createPrng } from "../src/risk/prng.ts";

// No "purchase" model: its production starts right after negotiation, so it would win every gap
// and leave nothing to optimise.
const MODELS: ScenarioInput["models"] = [
  {
    id: "licence",
    type: "licensing",
    name: "Process licence",
    localization: 0.6,
    transfers: ["3E"],
    durationPerNodeStep: 0.1,
    workPackages: [
      { kind: "negotiate", duration: 8, cost: 60 },
      { kind: "transfer", duration: 16, cost: 400, engineers: 4 },
      { kind: "qualify", duration: 10, cost: 200, engineers: 3, cleanroom: 150 },
      { kind: "production", duration: 20, cost: 500, engineers: 2, cleanroom: 200 },
    ],
  },
  {
    id: "tt",
    type: "technology-transfer",
    name: "Technology transfer with training",
    localization: 0.9,
    transfers: ["3E"],
    durationPerNodeStep: 0.15,
    workPackages: [
      { kind: "negotiate", duration: 10, cost: 80 },
      { kind: "transfer", duration: 20, cost: 600, engineers: 5 },
      { kind: "train", duration: 12, cost: 150, engineers: 3 },
      { kind: "qualify", duration: 10, cost: 200, engineers: 3, cleanroom: 150 },
      { kind: "pilot", duration: 8, cost: 250, engineers: 4, cleanroom: 250 },
      { kind: "production", duration: 20, cost: 400, engineers: 2, cleanroom: 250 },
    ],
  },
  {
    id: "jv",
    type: "joint-venture",
    name: "Joint venture",
    localization: 0.8,
    transfers: ["3E"],
    workPackages: [
      { kind: "negotiate", duration: 14, cost: 100 },
      { kind: "setup-company", duration: 16, cost: 500, engineers: 2 },
      { kind: "transfer", duration: 14, cost: 500, engineers: 4 },
      { kind: "qualify", duration: 8, cost: 200, engineers: 3, cleanroom: 150 },
      { kind: "pilot", duration: 8, cost: 200, engineers: 3, cleanroom: 200 },
      { kind: "production", duration: 20, cost: 300, engineers: 2, cleanroom: 250 },
    ],
  },
  {
    id: "contract",
    type: "contract-manufacturing",
    name: "Contract manufacturing",
    localization: 0.2,
    workPackages: [
      { kind: "negotiate", duration: 6, cost: 50 },
      { kind: "qualify", duration: 10, cost: 300, engineers: 2 },
      { kind: "production", duration: 20, cost: 800, engineers: 1 },
    ],
  },
];

const MODEL_IDS = MODELS.map((m) => m.id);

/** About 7 activities per gap (the union of the models' packages) plus one per target. */
export function generateScenario(gaps: number, seed = 1): Scenario {
  const rng = createPrng(seed);
  const targets = Math.max(1, Math.round(gaps / 8));
  const inputsPerTarget = Math.ceil(gaps / targets);
  const input: ScenarioInput = {
    program: {
      id: `bench-${gaps}`,
      name: `Generated programme with ${gaps} gaps`,
      country: "RUS",
      currency: "RUB",
      startDate: "2025-01-05",
      horizon: 2000,
      timeUnit: "week",
    },
    targets: Array.from({ length: targets }, (_, t) => ({
      id: `t${t}`,
      name: `Target ${t}`,
      node: 90,
      volume: 1000,
      // Due at the start: weighted tardiness = weighted production start, "as early as possible".
      dueDate: "2025-01-05",
      tardinessWeight: 1 + rng.int(3),
      inputs: Array.from({ length: Math.min(inputsPerTarget, gaps - t * inputsPerTarget) }, (_, i) => ({
        input: `N${100 + t * inputsPerTarget + i}`,
      })),
    })).filter((t) => t.inputs.length > 0),
    partners: Array.from({ length: 5 }, (_, p) => ({
      id: `p${p}`,
      name: `Partner ${p}`,
      country: ["CHN", "IND", "MYS", "BRA", "KOR"][p]!,
      regimes: p < 2 ? ["licensed"] : p === 4 ? ["strict"] : [],
      unavailableProbability: 0.05 * p,
      offers: Array.from({ length: gaps }, (_, g) => ({ input: `N${100 + g}`, g }))
        .filter(({ g }) => (g + p) % 3 !== 0)
        .map(({ g }) => ({
          input: `N${100 + g}`,
          node: 28,
          capacity: 2000,
          costFactor: 0.7 + rng.next() * 0.8,
          // Each partner is open to one to three of the four models for a given input.
          models: [
            ...new Set([...MODEL_IDS.filter(() => rng.next() < 0.4), MODEL_IDS[rng.int(MODEL_IDS.length)]!]),
          ],
        })),
    })),
    models: MODELS,
    workforce: {
      pools: [{ id: "eng", name: "Engineers", initial: 10 + Math.round(gaps / 4) }],
      training: [
        {
          id: "academy",
          pool: "eng",
          cohortSize: 5 + Math.round(gaps / 10),
          duration: 26,
          capacity: 2,
          maxCohorts: 12,
        },
      ],
    },
    facilities: [
      {
        id: "fab-a",
        name: "Fab A",
        capacity: [
          { from: "2025-01-05", area: 300 + 10 * gaps },
          { from: "2027-01-01", area: 600 + 20 * gaps },
        ],
      },
    ],
    funds: {
      instruments: [
        {
          id: "frp",
          kind: "soft-loan",
          name: "Fund",
          tranches: [0, 1, 2, 3].map((y) => ({ date: `${2025 + y}-01-05`, amount: 1500 * gaps })),
        },
      ],
    },
    rules: {
      exportControls: [
        {
          id: "lic",
          regime: "licensed",
          categories: ["3E"],
          destinations: ["RUS"],
          requirement: "licence",
          licenceDelayDays: 90,
          citation: "synthetic",
          text: "licence needed",
        },
        {
          id: "ban",
          regime: "strict",
          categories: ["3E"],
          destinations: ["RUS"],
          requirement: "prohibited",
          citation: "synthetic",
          text: "prohibited",
        },
      ],
    },
    risk: {
      durationUncertainty: [
        { modelType: "technology-transfer", min: 0.9, mode: 1.05, max: 1.6 },
        { modelType: "joint-venture", min: 0.9, mode: 1.1, max: 1.8 },
        { modelType: "licensing", min: 0.9, mode: 1, max: 1.4 },
      ],
    },
  };
  // The domestic fab is at 180 nm for every input: each input is a gap of a few node steps.
  input.domestic = {
    capabilities: input.targets.flatMap((t) =>
      t.inputs.map((i) => ({ input: i.input, node: 180, capacity: 100 })),
    ),
  };
  return ScenarioSchema.parse(input);
}
