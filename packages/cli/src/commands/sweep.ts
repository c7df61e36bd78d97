import { type Lang, type ProfileName, parseSweepGrid, renderSweepMarkdown, sweep } from "@chiproad/domain";
import { Option } from "commander";
import { loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile, readTextFile } from "../scenario-file.ts";
import type { DefineCommand } from "./index.ts";
import { profileOption, wholeNumber } from "./options.ts";
import { langOption, reportLanguage } from "./lang-option.ts";

export const sweepCommand: DefineCommand = (command) => {
  command
    .description(
      "Plan and risk-analyse every combination of a grid of what-if changes (--grid GRID.yaml, see examples/sweeps/): one row per variant with completion, P50/P80, the share of futures with no plan, cost and partners. Every variant uses the same seed.",
    )
    .argument("<file>", "scenario .yaml or .json")
    .requiredOption("--grid <file>", "the grid: dimensions, each a list of named options (what-if changes)")
    .addOption(profileOption())
    .option("--seed <n>", "random seed of every variant's plan and risk analysis (default 1)")
    .option("--samples <n>", "risk samples per variant (default 200; 0 plans only)")
    .addOption(new Option("--format <format>", "output format").choices(["md", "json"]).default("md"))
    .addOption(langOption())
    .action(
      async (
        file: string,
        flags: {
          grid: string;
          profile: ProfileName;
          seed?: string;
          samples?: string;
          format: "md" | "json";
          lang?: Lang;
        },
      ) => {
        const seed = wholeNumber("--seed", flags.seed, 1, 2 ** 31 - 1);
        const samples = wholeNumber("--samples", flags.samples, 200, 100_000);
        const grid = parseSweepGrid(readTextFile(flags.grid), flags.grid);
        const ref = await loadReferenceData();
        const scenario = loadScenarioFile(file, ref);
        const tty = process.stderr.isTTY;
        const report = sweep(scenario, ref, grid, {
          profile: flags.profile,
          seed,
          samples,
          ...(tty
            ? { onVariant: (_row, done, total) => process.stderr.write(`\rsweep: ${done}/${total} variants`) }
            : {}),
        });
        if (tty) process.stderr.write("\n");
        process.stdout.write(
          flags.format === "json"
            ? `${JSON.stringify(report, null, 2)}\n`
            : renderSweepMarkdown(report, reportLanguage(flags.lang ?? "en", scenario, ref)),
        );
      },
    );
};
