import { chainGaps, chokepoints, ChiproadError, loadValueChain } from "@chiproad/data";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";
import { mdTable, pct } from "./market.ts";

const format = () => new Option("--format <format>", "output format").choices(["json", "md"]).default("json");

/** `0.7` or `70` (percent) → 0.7. */
export function parseThreshold(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(x) || x < 0 || x > 100) {
    throw new ChiproadError(
      "BAD_INPUT",
      `--threshold: expected a share such as 0.7 or a percentage such as 70, got "${raw}"`,
    );
  }
  return x > 1 ? x / 100 : x;
}

export const chainCommand: DefineCommand = (group) => {
  group
    .command("gaps")
    .description("inputs a country neither supplies nor hosts a supplier of, with who holds the market")
    .requiredOption("--country <iso3>", "country, ISO alpha-3")
    .option("--stages <ids>", "comma-separated stage ids in product order, e.g. S1,S2,S3")
    .option("--data <dir>", "folder with the ETO CSV files (default: shipped sample)")
    .addOption(format())
    .action(async (o: { country: string; stages?: string; data?: string; format: "json" | "md" }) => {
      const vc = await loadValueChain(o.data);
      const gaps = chainGaps(
        vc,
        o.country,
        o.stages?.split(",").map((s) => s.trim()),
      );
      const country = o.country.toUpperCase();
      if (o.format === "md") {
        const rows = gaps.map((g) => [
          g.stageId ?? "",
          g.inputId,
          g.inputName,
          g.type,
          g.topProviders.map((p) => `${p.country} ${pct(p.share)}`).join(", "),
        ]);
        process.stdout.write(
          `# What ${country} lacks (${gaps.length} inputs)\n\n${mdTable(["stage", "id", "input", "type", "top providers"], rows)}\n\n${vc.source.attribution}\n`,
        );
        return;
      }
      const out = {
        country,
        gaps: gaps.map(({ source: _s, ...g }) => g),
        source: vc.source,
        dataDate: vc.source.dataDate,
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
  group
    .command("chokepoints")
    .description("inputs where the top 1–3 countries hold at least the threshold share")
    .option("--top <n>", "number of top countries (1–3)", "1")
    .option("--threshold <x>", "combined share, 0–1 or percent (default 0.7)")
    .option("--data <dir>", "folder with the ETO CSV files (default: shipped sample)")
    .addOption(format())
    .action(async (o: { top: string; threshold?: string; data?: string; format: "json" | "md" }) => {
      const topN = Number(o.top);
      if (topN !== 1 && topN !== 2 && topN !== 3)
        throw new ChiproadError("BAD_INPUT", `--top: expected 1, 2 or 3, got "${o.top}"`);
      const threshold = parseThreshold(o.threshold);
      const vc = await loadValueChain(o.data);
      const points = chokepoints(vc, { topN, ...(threshold !== undefined ? { threshold } : {}) });
      if (o.format === "md") {
        const rows = points.map((p) => [
          p.stageId ?? "",
          p.inputId,
          p.inputName,
          p.topProviders.map((t) => `${t.country} ${pct(t.share)}`).join(", "),
          pct(p.combinedShare),
        ]);
        process.stdout.write(
          `# Chokepoints (${points.length})\n\n${mdTable(["stage", "id", "input", "top countries", "combined"], rows)}\n\n${vc.source.attribution}\n`,
        );
        return;
      }
      const out = {
        topN,
        threshold: threshold ?? 0.7,
        chokepoints: points.map(({ source: _s, ...p }) => p),
        source: vc.source,
        dataDate: vc.source.dataDate,
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
};
