import {
  analyzeGaps,
  CRITERIA,
  type Criterion,
  partnerFit,
  renderGapsMarkdown,
  renderPartnerFitMarkdown,
  type Scenario,
  scenarioJsonSchema,
  type ScoringWeights,
} from "@chiproad/domain";
import { Option } from "commander";
import { loadMarket, loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile } from "../scenario-file.ts";
import type { RegisterCommand } from "./index.ts";

/** A bad command-line argument. */
export class ArgumentError extends Error {
  readonly code = "BAD_INPUT" as const;
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

const format = () => new Option("--format <format>", "output format").choices(["json", "md"]).default("md");

/** `--weights coverage=0.4,cost=0.1` → a partial weight set; unknown names and non-numbers are errors. */
export function parseWeights(text: string | undefined): Partial<ScoringWeights> {
  const out: Partial<ScoringWeights> = {};
  if (!text) return out;
  for (const part of text.split(",")) {
    const [name, value, extra] = part.split("=").map((s) => s.trim());
    if (!CRITERIA.includes(name as Criterion) || value === undefined || extra !== undefined) {
      throw new ArgumentError(
        `--weights: "${part}" is not name=value with a name among ${CRITERIA.join(", ")}; e.g. --weights cost=0.3,risk=0.2`,
      );
    }
    const x = Number(value);
    if (value === "" || !Number.isFinite(x) || x < 0) {
      throw new ArgumentError(`--weights: ${name} must be a non-negative number, got "${value}"`);
    }
    out[name as Criterion] = x;
  }
  return out;
}

export function summarize(file: string, s: Scenario): string {
  const rules = s.rules.exportControls.length;
  const lists = s.rules.sanctions.lists.length;
  return [
    `${file}: valid scenario "${s.program.name}" (${s.program.id})`,
    `  country ${s.program.country}, start ${s.program.startDate}, horizon ${s.program.horizon} ${s.program.timeUnit}s, currency ${s.program.currency}`,
    `  ${s.targets.length} target(s), ${s.domestic.capabilities.length} domestic capabilit(ies), ${s.partners.length} partner(s), ${s.models.length} collaboration model(s)`,
    `  ${s.funds.instruments.length} fund instrument(s), ${s.workforce.pools.length} engineer pool(s), ${s.facilities.length} facilit(ies)`,
    `  ${rules} export-control rule(s), ${lists} sanctions list(s), ${s.milestones.length} milestone(s)`,
  ].join("\n");
}

const print = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);

export const register: RegisterCommand = (program) => {
  program
    .command("validate")
    .description("Validate a scenario file; prints a summary, or every issue as file:line:col (exit 2)")
    .argument("[file]", "scenario .yaml or .json")
    .option("--print-schema", "print the scenario JSON Schema (for editors) and exit")
    .action(async (file: string | undefined, opts: { printSchema?: boolean }) => {
      if (opts.printSchema) {
        print(JSON.stringify(scenarioJsonSchema(), null, 2));
        return;
      }
      if (!file) throw new ArgumentError("validate: give a scenario file, or --print-schema");
      const ref = await loadReferenceData();
      print(summarize(file, loadScenarioFile(file, ref)));
    });

  program
    .command("gaps")
    .description(
      "Capability gaps per target: inputs required, domestic coverage, generations behind, chokepoints",
    )
    .argument("<file>", "scenario .yaml or .json")
    .addOption(format())
    .action(async (file: string, opts: { format: "json" | "md" }) => {
      const ref = await loadReferenceData();
      const report = analyzeGaps(loadScenarioFile(file, ref), ref);
      print(opts.format === "json" ? JSON.stringify(report, null, 2) : renderGapsMarkdown(report));
    });

  program
    .command("partners")
    .description(
      "Partner fit per gap: lawfulness (rule, sanctions), weighted score, ranking, weight sensitivity",
    )
    .argument("<file>", "scenario .yaml or .json")
    .addOption(format())
    .option("--weights <list>", "override scoring weights, e.g. cost=0.3,risk=0.2")
    .option("--trade <file>", "Comtrade or BACI file: import shares of the programme country for HHI")
    .action(async (file: string, opts: { format: "json" | "md"; weights?: string; trade?: string }) => {
      const weights = parseWeights(opts.weights);
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      const market = opts.trade ? await loadMarket(opts.trade, scenario.program.country) : undefined;
      const report = partnerFit(scenario, market ? { ...ref, market } : ref, { weights });
      print(opts.format === "json" ? JSON.stringify(report, null, 2) : renderPartnerFitMarkdown(report));
    });
};
