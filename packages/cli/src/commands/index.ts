import type { Command } from "commander";

/**
 * Adds a command's arguments, options and action to `command`, which `main` has already named and
 * described; `setStatus` sets the process exit status. A group (market, chain) adds its subcommands.
 */
export type DefineCommand = (command: Command, setStatus: (status: number) => void) => void;

export interface CommandEntry {
  name: string;
  /** The arguments as `--help` lists them; a test checks it against the loaded definition. */
  usage: string;
  /** One line for the top-level `--help`; the module may set a longer description. */
  summary: string;
  /** Imports the module only when this command runs (or its own help is asked for). */
  load: () => Promise<DefineCommand>;
}

/**
 * Every command, in `--help` order. Nothing here imports a command module: `chiproad --help`,
 * `--version` and a mistyped command never load the domain, the data layer or the engine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    usage: "[options] [file]",
    summary: "Validate a scenario file; prints a summary, or every issue as file:line:col (exit 2)",
    load: async () => (await import("./scenario.ts")).validateCommand,
  },
  {
    name: "gaps",
    usage: "[options] <file>",
    summary:
      "Capability gaps per target: inputs required, domestic coverage, generations behind, chokepoints",
    load: async () => (await import("./scenario.ts")).gapsCommand,
  },
  {
    name: "partners",
    usage: "[options] <file>",
    summary: "Partner fit per gap: lawfulness (rule, sanctions), weighted score, ranking, weight sensitivity",
    load: async () => (await import("./scenario.ts")).partnersCommand,
  },
  {
    name: "solve",
    usage: "[options] <file>",
    summary: "Solve a PSPLIB .sm/.mm instance with the scheduling engine",
    load: async () => (await import("./solve.ts")).solveCommand,
  },
  {
    name: "bench",
    usage: "[options] <paths...>",
    summary: "Solve every PSPLIB instance under the paths and compare with best-known values",
    load: async () => (await import("./bench.ts")).benchCommand,
  },
  {
    name: "market",
    usage: "[options] [command]",
    summary: "HS 8541/8542 trade dependence monitor",
    load: async () => (await import("./market.ts")).marketCommand,
  },
  {
    name: "chain",
    usage: "[options] [command]",
    summary: "semiconductor value chain (ETO chip explorer data, CC BY-NC 4.0)",
    load: async () => (await import("./chain.ts")).chainCommand,
  },
  {
    name: "screen",
    usage: "[options] [command]",
    summary:
      "screen a party (or a CSV batch) against restricted-party lists (shipped OFAC/OpenSanctions samples by default); `screen diff`: what changed between two list releases",
    load: async () => (await import("./screen.ts")).screenCommand,
  },
  {
    name: "plan",
    usage: "[options] <file>",
    summary:
      "Plan the roadmap: lawful option per gap, scheduled work packages, explanations (exit 1 if proven infeasible, 4 if unknown)",
    load: async () => (await import("./plan.ts")).planCommand,
  },
  {
    name: "whatif",
    usage: "[options] <file>",
    summary:
      "Apply a change set (blocked partner, tranche cut, new rule, training, capacity) and re-plan with a diff",
    load: async () => (await import("./plan.ts")).whatifCommand,
  },
  {
    name: "risk",
    usage: "[options] <file>",
    summary: "Monte Carlo schedule risk: P50/P80/P95 completion and the probability of meeting each due date",
    load: async () => (await import("./plan.ts")).riskCommand,
  },
  {
    name: "brief",
    usage: "[options] <file>",
    summary:
      "Decision brief for higher bodies (PDF or HTML, en/ru/zh): plan, risk, sanctions exposure, decisions requested, sources",
    load: async () => (await import("./brief.ts")).briefCommand,
  },
  {
    name: "sweep",
    usage: "[options] <file>",
    summary:
      "Plan and risk-analyse every combination of a grid of what-if changes: completion, P50/P80, no-plan share, cost, partners per variant",
    load: async () => (await import("./sweep.ts")).sweepCommand,
  },
  {
    name: "serve",
    usage: "[options]",
    summary: "start the chiproad web UI and HTTP API (same as `npm start`)",
    load: async () => (await import("./serve.ts")).serveCommand,
  },
  {
    name: "worker",
    usage: "[options]",
    summary: "Run jobs only (no HTTP) from the PostgreSQL queue at DATABASE_URL; any number of them",
    load: async () => (await import("./serve.ts")).workerCommand,
  },
];
