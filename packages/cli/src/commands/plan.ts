import { ChiproadError } from "@chiproad/data";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  analyzeGaps,
  type ProfileName,
  type ScenarioSourceRef,
  parseChangeSet,
  type Plan,
  planRoadmap,
  renderPlanHtml,
  renderPlanMarkdown,
  renderRiskMarkdown,
  riskAnalysis,
  whatIf,
  type Lang,
  parseBaseline,
  renderCashMarkdown,
  renderTrackingHtml,
  renderVarianceMarkdown,
  varianceOf,
  wordsOf,
} from "@chiproad/domain";
import { Option } from "commander";
import { loadReferenceData } from "../reference-data.ts";
import { EXIT } from "../exit.ts";
import { loadScenarioFile, readTextFile } from "../scenario-file.ts";
import type { DefineCommand } from "./index.ts";
import { langOption, reportLanguage } from "./lang-option.ts";
import { profileOption } from "./options.ts";

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new ChiproadError("BAD_INPUT", `${name}: expected a non-negative integer, got "${text}"`);
  return n;
}

/** `--time-limit S`: an optional wall-clock cap in ms; absent = the profile's work budget alone decides. */
/**
 * `--time-limit S` bounds the whole command from `since` (the action's start): the planner is
 * given this command's clock, so loading, analysis and explanations all count against the cap.
 */
function timeCap(text: string | undefined, since: number): { timeLimitMs?: number; clock?: () => number } {
  if (text === undefined) return {};
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400)
    throw new ChiproadError("BAD_INPUT", `--time-limit: expected seconds in (0, 86400], got "${text}"`);
  return { timeLimitMs: Math.round(n * 1000), clock: () => performance.now() - since };
}

/** The scenario file's sha256, for the provenance block. */
function sourceOf(file: string): ScenarioSourceRef {
  return { sha256: createHash("sha256").update(readTextFile(file)).digest("hex") };
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

/** The plan's HTML report with the forecast-vs-baseline and cash-balance sections before its end. */
function withTracking(html: string, fragment: string): string {
  const end = html.lastIndexOf("</body>");
  return fragment === "" || end < 0 ? html : `${html.slice(0, end)}${fragment}\n${html.slice(end)}`;
}

const print = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);

/** Exit 1 with the proof when infeasible; exit 4 when no plan was found and nothing proven. */
function reportInfeasible(plan: Plan, setStatus: (s: number) => void): void {
  if (plan.status === "infeasible") {
    process.stderr.write(`chiproad: infeasible: ${plan.reason ?? "no feasible plan"}\n`);
    setStatus(EXIT.infeasible);
  } else if (plan.status === "unknown") {
    process.stderr.write(`chiproad: unknown: ${plan.reason ?? "no plan found"}\n`);
    setStatus(EXIT.unknown);
  }
}

const planFormat = () =>
  new Option("--format <format>", "output format").choices(["json", "md", "html"]).default("md");
const shortFormat = () =>
  new Option("--format <format>", "output format").choices(["json", "md"]).default("md");

interface PlanFlags {
  out?: string;
  timeLimit?: string;
  seed?: string;
  profile: ProfileName;
  format: "json" | "md" | "html";
  lang?: Lang;
  baseline?: string;
}

export const planCommand: DefineCommand = (command, setStatus) => {
  command
    .argument("<file>", "scenario .yaml or .json")
    .option("--out <dir>", "write plan.json, plan.md and plan.html into this directory")
    .addOption(profileOption())
    .option("--time-limit <seconds>", "optional wall-clock cap; the plan says when it ended the search")
    .option("--seed <n>", "random seed (default 1)")
    .addOption(planFormat())
    .addOption(langOption())
    .option(
      "--baseline <file>",
      "a plan of this scenario printed earlier with --format json: adds the forecast's variance against it",
    )
    .action(async (file: string, flags: PlanFlags) => {
      const since = performance.now();
      timeCap(flags.timeLimit, since); // reject a bad value before any work
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      // A bad baseline is refused before any planning work.
      const baseline =
        flags.baseline !== undefined
          ? parseBaseline(readTextFile(flags.baseline), flags.baseline, scenario)
          : undefined;
      const forecast = planRoadmap(scenario, ref, {
        profile: flags.profile,
        ...timeCap(flags.timeLimit, since),
        seed: positiveInt("--seed", flags.seed, 1),
        source: sourceOf(file),
        ...withProgress("plan"),
      });
      const plan = baseline ? { ...forecast, variance: varianceOf(baseline, forecast, scenario) } : forecast;
      const gaps = analyzeGaps(scenario, ref);
      const language = reportLanguage(flags.lang, scenario, ref);
      const rendered = {
        json: `${JSON.stringify(plan, null, 2)}\n`,
        md: [
          renderPlanMarkdown(plan, scenario.program, language),
          plan.variance ? renderVarianceMarkdown(plan.variance, language) : "",
          renderCashMarkdown(plan.financing, language),
        ]
          .filter((part) => part !== "")
          .join("\n"),
        html: withTracking(
          renderPlanHtml(plan, scenario.program, { gaps }, language),
          renderTrackingHtml(plan.variance, plan.financing, language),
        ),
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
};

export const whatifCommand: DefineCommand = (command, setStatus) => {
  command
    .argument("<file>", "scenario .yaml or .json")
    .requiredOption("--change <file>", "change set .yaml")
    .addOption(profileOption())
    .option(
      "--time-limit <seconds>",
      "optional wall-clock cap per plan; the plan says when it ended the search",
    )
    .option("--seed <n>", "random seed (default 1)")
    .addOption(shortFormat())
    .addOption(langOption())
    .action(
      async (
        file: string,
        flags: {
          change: string;
          timeLimit?: string;
          seed?: string;
          profile: ProfileName;
          format: "json" | "md";
          lang?: Lang;
        },
      ) => {
        const since = performance.now();
        timeCap(flags.timeLimit, since);
        const ref = await loadReferenceData();
        const scenario = loadScenarioFile(file, ref);
        const changes = parseChangeSet(readTextFile(flags.change), flags.change);
        const result = whatIf(scenario, changes, ref, {
          profile: flags.profile,
          ...timeCap(flags.timeLimit, since),
          seed: positiveInt("--seed", flags.seed, 1),
          source: sourceOf(file),
          ...withProgress("what-if"),
        });
        if (flags.format === "json") {
          print(JSON.stringify(result, null, 2));
        } else {
          const language = reportLanguage(flags.lang, scenario, ref);
          const w = wordsOf(language);
          const diff = result.diff.map(
            (d) => `| ${d.activity} | ${d.field} | ${String(d.before)} | ${String(d.after)} |`,
          );
          print(
            [
              renderPlanMarkdown(result, scenario.program, language),
              `## ${w("report.whatif.changes")}`,
              "",
              `| ${w("report.col.activity")} | ${w("report.whatif.col.field")} | ${w("report.whatif.col.before")} | ${w("report.whatif.col.after")} |`,
              "|---|---|---|---|",
              ...(diff.length > 0 ? diff : [`| — | ${w("report.whatif.noChange")} | | |`]),
            ].join("\n"),
          );
        }
        reportInfeasible(result, setStatus);
      },
    );
};

export const riskCommand: DefineCommand = (command) => {
  command
    .argument("<file>", "scenario .yaml or .json")
    .option("--samples <n>", "number of samples (default 200)")
    .addOption(profileOption())
    .option("--seed <n>", "random seed (default 1)")
    .addOption(shortFormat())
    .addOption(langOption())
    .action(
      async (
        file: string,
        flags: { samples?: string; seed?: string; profile: ProfileName; format: "json" | "md"; lang?: Lang },
      ) => {
        const samples = positiveInt("--samples", flags.samples, 200);
        if (samples < 1 || samples > 100_000)
          throw new ChiproadError("BAD_INPUT", "--samples: give between 1 and 100000 samples");
        const ref = await loadReferenceData();
        const scenario = loadScenarioFile(file, ref);
        const seed = positiveInt("--seed", flags.seed, 1);
        const report = riskAnalysis(scenario, ref, {
          samples,
          seed,
          profile: flags.profile,
          source: sourceOf(file),
          ...withProgress("risk"),
        });
        print(
          flags.format === "json"
            ? JSON.stringify(report, null, 2)
            : renderRiskMarkdown(report, scenario.program, reportLanguage(flags.lang, scenario, ref)),
        );
      },
    );
};

function withProgress(label: string): { onProgress?: (p: { fraction: number; message: string }) => void } {
  const bar = progressBar(label);
  return bar ? { onProgress: bar } : {};
}
