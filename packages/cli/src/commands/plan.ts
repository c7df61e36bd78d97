import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  analyzeGaps,
  parseChangeSet,
  type Plan,
  planRoadmap,
  renderPlanHtml,
  renderPlanMarkdown,
  renderRiskMarkdown,
  riskAnalysis,
  whatIf,
} from "@chiproad/domain";
import { Option } from "commander";
import { loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile, readTextFile } from "../scenario-file.ts";
import type { RegisterCommand } from "./index.ts";

/** A bad command-line argument. */
class PlanArgumentError extends Error {
  readonly code = "BAD_INPUT" as const;
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new PlanArgumentError(`${name}: expected a non-negative integer, got "${text}"`);
  return n;
}

function seconds(text: string | undefined, fallback: number): number {
  if (text === undefined) return Math.round(fallback * 1000);
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new PlanArgumentError(`--time-limit: expected seconds > 0, got "${text}"`);
  return Math.round(n * 1000);
}

/** A one-line progress bar on stderr, only when stderr is a terminal. */
function progressBar(label: string): ((p: { fraction: number; message: string }) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ fraction, message }) => {
    const width = 30;
    const done = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    process.stderr.write(
      `\r${label} [${"#".repeat(done)}${" ".repeat(width - done)}] ${message.slice(0, 40).padEnd(40)}`,
    );
    if (fraction >= 1) process.stderr.write("\n");
  };
}

const print = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);

function reportInfeasible(plan: Plan, setStatus: (s: number) => void): void {
  if (plan.status !== "infeasible") return;
  process.stderr.write(`chiproad: infeasible: ${plan.reason ?? "no feasible plan"}\n`);
  setStatus(1);
}

const planFormat = () =>
  new Option("--format <format>", "output format").choices(["json", "md", "html"]).default("md");
const shortFormat = () =>
  new Option("--format <format>", "output format").choices(["json", "md"]).default("md");

interface PlanFlags {
  out?: string;
  timeLimit?: string;
  seed?: string;
  format: "json" | "md" | "html";
}

export const register: RegisterCommand = (program, setStatus) => {
  program
    .command("plan")
    .description(
      "Plan the roadmap: lawful option per gap, scheduled work packages, explanations (exit 1 if infeasible)",
    )
    .argument("<file>", "scenario .yaml or .json")
    .option("--out <dir>", "write plan.json, plan.md and plan.html into this directory")
    .option("--time-limit <seconds>", "engine time for the search (default 10)")
    .option("--seed <n>", "random seed (default 1)")
    .addOption(planFormat())
    .action(async (file: string, flags: PlanFlags) => {
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      const plan = planRoadmap(scenario, ref, {
        timeLimitMs: seconds(flags.timeLimit, 10),
        maxSchedules: 200_000,
        seed: positiveInt("--seed", flags.seed, 1),
        ...withProgress("plan"),
      });
      const gaps = analyzeGaps(scenario, ref);
      const rendered = {
        json: `${JSON.stringify(plan, null, 2)}\n`,
        md: renderPlanMarkdown(plan, scenario.program),
        html: renderPlanHtml(plan, scenario.program, { gaps }),
      };
      if (flags.out) {
        mkdirSync(flags.out, { recursive: true });
        writeFileSync(join(flags.out, "plan.json"), rendered.json);
        writeFileSync(join(flags.out, "plan.md"), rendered.md);
        writeFileSync(join(flags.out, "plan.html"), rendered.html);
        process.stderr.write(`wrote plan.json, plan.md, plan.html to ${flags.out}\n`);
      } else {
        print(rendered[flags.format]);
      }
      reportInfeasible(plan, setStatus);
    });

  program
    .command("whatif")
    .description(
      "Apply a change set (blocked partner, tranche cut, new rule, training, capacity) and re-plan with a diff",
    )
    .argument("<file>", "scenario .yaml or .json")
    .requiredOption("--change <file>", "change set .yaml")
    .option("--time-limit <seconds>", "engine time per plan (default 5)")
    .option("--seed <n>", "random seed (default 1)")
    .addOption(shortFormat())
    .action(
      async (
        file: string,
        flags: { change: string; timeLimit?: string; seed?: string; format: "json" | "md" },
      ) => {
        const ref = await loadReferenceData();
        const scenario = loadScenarioFile(file, ref);
        const changes = parseChangeSet(readTextFile(flags.change), flags.change);
        const result = whatIf(scenario, changes, ref, {
          timeLimitMs: seconds(flags.timeLimit, 5),
          maxSchedules: 100_000,
          seed: positiveInt("--seed", flags.seed, 1),
          ...withProgress("what-if"),
        });
        if (flags.format === "json") {
          print(JSON.stringify(result, null, 2));
        } else {
          const diff = result.diff.map(
            (d) => `| ${d.activity} | ${d.field} | ${String(d.before)} | ${String(d.after)} |`,
          );
          print(
            [
              renderPlanMarkdown(result, scenario.program),
              "## Changes against the baseline",
              "",
              "| activity | field | before | after |",
              "|---|---|---|---|",
              ...(diff.length > 0 ? diff : ["| — | no change | | |"]),
            ].join("\n"),
          );
        }
        reportInfeasible(result, setStatus);
      },
    );

  program
    .command("risk")
    .description(
      "Monte Carlo schedule risk: P50/P80/P95 completion and the probability of meeting each due date",
    )
    .argument("<file>", "scenario .yaml or .json")
    .requiredOption("--samples <n>", "number of samples")
    .option("--seed <n>", "random seed (default 1)")
    .addOption(shortFormat())
    .action(async (file: string, flags: { samples: string; seed?: string; format: "json" | "md" }) => {
      const samples = positiveInt("--samples", flags.samples, 0);
      if (samples < 1) throw new PlanArgumentError("--samples: give at least 1 sample");
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      const seed = positiveInt("--seed", flags.seed, 1);
      const report = riskAnalysis(scenario, ref, { samples, seed, ...withProgress("risk") });
      print(
        flags.format === "json"
          ? JSON.stringify(report, null, 2)
          : renderRiskMarkdown(report, scenario.program),
      );
    });
};

function withProgress(label: string): { onProgress?: (p: { fraction: number; message: string }) => void } {
  const bar = progressBar(label);
  return bar ? { onProgress: bar } : {};
}
