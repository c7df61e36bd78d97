import { ChiproadError } from "@chiproad/data";
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  briefInputOf,
  decisionsRequested,
  LANGS,
  type Lang,
  type ProfileName,
  planRoadmap,
  riskAnalysis,
} from "@chiproad/domain";
import { Option } from "commander";
import { EXIT } from "../exit.ts";
import { loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile, readTextFile } from "../scenario-file.ts";
import type { DefineCommand } from "./index.ts";
import { profileOption, wholeNumber } from "./options.ts";

interface BriefFlags {
  lang: Lang;
  format: "pdf" | "html" | "json";
  out?: string;
  profile: ProfileName;
  seed?: string;
  samples?: string;
  date?: string;
}

function isoDate(text: string | undefined): string {
  if (text === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    throw new ChiproadError("BAD_INPUT", `--date: expected a date such as 2026-11-30, got "${text}"`);
  return text;
}

/** Writes a file whole or not at all: a temporary file renamed into place. */
function writeWhole(path: string, body: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  writeFileSync(partial, body);
  renameSync(partial, path);
  process.stderr.write(`wrote ${path} (${body.length} bytes)\n`);
}

export const briefCommand: DefineCommand = (command, setStatus) => {
  command
    .description(
      "Plan the scenario (and analyse its schedule risk), then write the decision brief for higher bodies: target and recommendation with the deciding rules, a Gantt picture, budget against tranches and loans, risk (P50/P80), sanctions exposure, the decisions requested and every source",
    )
    .argument("<file>", "scenario .yaml or .json")
    .addOption(new Option("--lang <lang>", "language of the brief").choices([...LANGS]).default("en"))
    .addOption(
      new Option(
        "--format <format>",
        "pdf (fonts embedded; needs Chromium), html, or json (the brief's content on stdout: plan, risk, screening, the decisions requested as messages)",
      )
        .choices(["pdf", "html", "json"])
        .default("pdf"),
    )
    .option(
      "--out <file>",
      "where to write the brief (default brief-<lang>.<format> in the current directory)",
    )
    .addOption(profileOption())
    .option("--seed <n>", "random seed of the plan and the risk analysis (default 1)")
    .option("--samples <n>", "schedule-risk samples (default 200; 0 leaves risk out)")
    .option("--date <yyyy-mm-dd>", "the date the brief is prepared on (default today, UTC)")
    .action(async (file: string, flags: BriefFlags) => {
      const seed = wholeNumber("--seed", flags.seed, 1, 2 ** 31 - 1);
      const samples = wholeNumber("--samples", flags.samples, 200, 100_000);
      const preparedOn = isoDate(flags.date);
      const out = resolve(flags.out ?? `brief-${flags.lang}.${flags.format}`);
      const ref = await loadReferenceData();
      const scenario = loadScenarioFile(file, ref);
      const source = { sha256: createHash("sha256").update(readTextFile(file)).digest("hex") };
      const plan = planRoadmap(scenario, ref, { profile: flags.profile, seed, source });
      const planned = plan.status === "optimal" || plan.status === "feasible";
      const risk =
        planned && samples > 0
          ? riskAnalysis(scenario, ref, { samples, seed, profile: flags.profile, source })
          : undefined;
      const input = briefInputOf(scenario, ref, plan, risk, preparedOn);
      const status =
        plan.status === "infeasible" ? EXIT.infeasible : plan.status === "unknown" ? EXIT.unknown : EXIT.ok;
      if (flags.format === "json") {
        // The brief's content for programs: on stdout, or in --out when given.
        const content = {
          preparedOn,
          plan,
          risk: risk ?? null,
          screening: input.screening,
          decisionsRequested: decisionsRequested(input),
        };
        const text = `${JSON.stringify(content, null, 2)}\n`;
        if (flags.out === undefined) process.stdout.write(text);
        else writeWhole(out, Buffer.from(text));
      } else {
        const { renderBrief } = await import("@chiproad/print");
        writeWhole(out, await renderBrief(input, flags.lang, flags.format));
      }
      setStatus(status);
    });
};
