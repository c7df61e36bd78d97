import { ChiproadError } from "@chiproad/data";
import {
  analyzeGaps,
  type Lang,
  parseWeightList,
  partnerFit,
  renderGapsMarkdown,
  renderPartnerFitMarkdown,
  type Scenario,
  ScenarioError,
  scenarioJsonSchema,
  type ScoringWeights,
} from "@chiproad/domain";
import { Option } from "commander";
import { loadMarket, loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile } from "../scenario-file.ts";
import type { DefineCommand } from "./index.ts";
import { langOption, reportLanguage } from "./lang-option.ts";

const format = () => new Option("--format <format>", "output format").choices(["json", "md"]).default("md");

/** `--weights` in the domain's one weight syntax (`parseWeightList`). */
export function parseWeights(text: string | undefined): Partial<ScoringWeights> {
  const result = parseWeightList(text);
  if (!result.ok) throw new ChiproadError("BAD_INPUT", `--weights: ${result.message}`);
  return result.weights;
}

/** What `validate --format json` prints for a valid scenario; the text summary is rendered from it. */
export function scenarioSummary(file: string, s: Scenario) {
  const { id, name, country, startDate, horizon, timeUnit, currency } = s.program;
  return {
    file,
    valid: true as const,
    program: { id, name, country, startDate, horizon, timeUnit, currency },
    counts: {
      targets: s.targets.length,
      domesticCapabilities: s.domestic.capabilities.length,
      partners: s.partners.length,
      models: s.models.length,
      fundInstruments: s.funds.instruments.length,
      engineerPools: s.workforce.pools.length,
      facilities: s.facilities.length,
      exportControlRules: s.rules.exportControls.length,
      sanctionsLists: s.rules.sanctions.lists.length,
      milestones: s.milestones.length,
    },
  };
}

export function summarize(file: string, s: Scenario): string {
  const { program: p, counts: n } = scenarioSummary(file, s);
  return [
    `${file}: valid scenario "${p.name}" (${p.id})`,
    `  country ${p.country}, start ${p.startDate}, horizon ${p.horizon} ${p.timeUnit}s, currency ${p.currency}`,
    `  ${n.targets} target(s), ${n.domesticCapabilities} domestic capabilit(ies), ${n.partners} partner(s), ${n.models} collaboration model(s)`,
    `  ${n.fundInstruments} fund instrument(s), ${n.engineerPools} engineer pool(s), ${n.facilities} facilit(ies)`,
    `  ${n.exportControlRules} export-control rule(s), ${n.sanctionsLists} sanctions list(s), ${n.milestones} milestone(s)`,
  ].join("\n");
}

const print = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);

export const validateCommand: DefineCommand = (command) => {
  command
    .argument("[file]", "scenario .yaml or .json")
    .option("--print-schema", "print the scenario JSON Schema (for editors) and exit")
    .addOption(
      new Option("--format <format>", "output format (json: the summary, or every issue with its position)")
        .choices(["text", "json"])
        .default("text"),
    )
    .action(async (file: string | undefined, opts: { printSchema?: boolean; format: "text" | "json" }) => {
      if (opts.printSchema) {
        print(JSON.stringify(scenarioJsonSchema(), null, 2));
        return;
      }
      if (!file) throw new ChiproadError("BAD_INPUT", "validate: give a scenario file, or --print-schema");
      const ref = await loadReferenceData();
      let scenario: Scenario;
      try {
        scenario = loadScenarioFile(file, ref);
      } catch (error) {
        // The issues also go to stderr, one per line, through the usual error report (exit 2).
        if (opts.format === "json" && error instanceof ScenarioError) {
          print(JSON.stringify({ file, valid: false, issues: error.issues }, null, 2));
        }
        throw error;
      }
      print(
        opts.format === "json"
          ? JSON.stringify(scenarioSummary(file, scenario), null, 2)
          : summarize(file, scenario),
      );
    });
};

export const gapsCommand: DefineCommand = (command) => {
  command
    .argument("<file>", "scenario .yaml or .json")
    .addOption(format())
    .addOption(langOption())
    .action(async (file: string, opts: { format: "json" | "md"; lang?: Lang }) => {
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      const report = analyzeGaps(scenario, ref);
      print(
        opts.format === "json"
          ? JSON.stringify(report, null, 2)
          : renderGapsMarkdown(report, reportLanguage(opts.lang, scenario, ref)),
      );
    });
};

export const partnersCommand: DefineCommand = (command) => {
  command
    .argument("<file>", "scenario .yaml or .json")
    .addOption(format())
    .option("--weights <list>", "override scoring weights, e.g. cost=0.3,risk=0.2")
    .option("--trade <file>", "Comtrade or BACI file: import shares of the programme country for HHI")
    .addOption(langOption())
    .action(
      async (
        file: string,
        opts: { format: "json" | "md"; weights?: string; trade?: string; lang?: Lang },
      ) => {
        const weights = parseWeights(opts.weights);
        const ref = await loadReferenceData();
        const scenario = loadScenarioFile(file, ref);
        const market = opts.trade ? await loadMarket(opts.trade, scenario.program.country) : undefined;
        const report = partnerFit(scenario, market ? { ...ref, market } : ref, { weights });
        print(
          opts.format === "json"
            ? JSON.stringify(report, null, 2)
            : renderPartnerFitMarkdown(report, reportLanguage(opts.lang, scenario, ref)),
        );
      },
    );
};
