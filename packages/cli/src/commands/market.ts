import {
  ChiproadError,
  importTradeFile,
  loadSampleTrade,
  type MarketReport,
  marketReport,
  type TradeFlow,
} from "@chiproad/data";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";

/** A Markdown table; cells are escaped for pipes. Shared by the data-layer commands (market, chain, screen). */
export function mdTable(head: string[], rows: (string | number)[][]): string {
  const cell = (x: string | number) => String(x).replace(/\|/g, "\\|");
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function intOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n))
    throw new ChiproadError("BAD_INPUT", `${name}: expected a whole number, got "${raw}"`);
  return n;
}

function renderMarkdown(r: MarketReport): string {
  const out = [
    `# Imports of HS ${r.hs} by ${r.importer}`,
    "",
    `Source: ${r.source} (data date ${r.dataDate})`,
    "",
  ];
  for (const y of r.years) {
    out.push(
      `## ${y.year}: total ${Math.round(y.total).toLocaleString("en-US")} USD, HHI ${y.hhi}, effective suppliers ${y.effectiveSuppliers}`,
    );
    if (y.groupShare !== undefined) out.push(`Share from group ${r.group?.join(",")}: ${pct(y.groupShare)}`);
    out.push(
      "",
      mdTable(
        ["supplier", "value USD", "share", "YoY"],
        y.suppliers.map((s) => [
          s.partner,
          Math.round(s.valueUsd),
          pct(s.share),
          s.growth === undefined ? "" : pct(s.growth),
        ]),
      ),
      "",
    );
  }
  out.push("## Fastest-growing suppliers (CAGR)", "");
  out.push(
    mdTable(
      ["supplier", "CAGR", "from", "to"],
      r.fastestGrowing.map((g) => [g.partner, pct(g.cagr), g.fromValue, g.toValue]),
    ),
  );
  return out.join("\n");
}

function renderCsv(r: MarketReport): string {
  const lines = ["year,partner,valueUsd,share,hhi,source"];
  for (const y of r.years) {
    for (const s of y.suppliers)
      lines.push([y.year, s.partner, s.valueUsd, s.share, y.hhi, JSON.stringify(r.source)].join(","));
  }
  return lines.join("\n");
}

interface MarketOptions {
  importer: string;
  hs: string;
  from?: string;
  to?: string;
  data?: string[];
  format: "json" | "md" | "csv";
  formatIn?: "baci" | "comtrade";
  group?: string;
  skipInvalid?: boolean;
  latin1?: boolean;
}

export const marketCommand: DefineCommand = (group) => {
  group
    .command("report")
    .description(
      "supplier shares, HHI, growth and group share for one importer (shipped SYNTHETIC sample without --data)",
    )
    .requiredOption("--importer <iso3>", "importing country, ISO alpha-3")
    .option("--hs <code>", "HS prefix (4 or 6 digits)", "8542")
    .option("--from <year>", "first year")
    .option("--to <year>", "last year")
    .option("--data <files...>", "BACI or UN Comtrade CSV files")
    .addOption(
      new Option("--format <format>", "output format").choices(["json", "md", "csv"]).default("json"),
    )
    .addOption(
      new Option("--format-in <format>", "input format (default: detected)").choices(["baci", "comtrade"]),
    )
    .option("--group <iso3s>", "comma-separated partner group whose share to report, e.g. USA,JPN,KOR")
    .option("--skip-invalid", "skip (and count) invalid rows instead of rejecting the file")
    .option("--latin1", "decode a non-UTF-8 Comtrade export as Latin-1")
    .action(async (o: MarketOptions) => {
      let flows: TradeFlow[];
      if (o.data && o.data.length > 0) {
        flows = [];
        for (const file of o.data) {
          const imported = await importTradeFile(file, {
            hs: [o.hs],
            ...(o.formatIn ? { format: o.formatIn } : {}),
            ...(o.skipInvalid ? { skipInvalid: true } : {}),
            ...(o.latin1 ? { latin1: true } : {}),
          });
          if (imported.skipped > 0)
            process.stderr.write(`${file}: skipped ${imported.skipped} invalid row(s)\n`);
          flows.push(...imported.flows);
        }
      } else {
        flows = await loadSampleTrade();
      }
      const from = intOption("--from", o.from);
      const to = intOption("--to", o.to);
      const report = marketReport(flows, {
        importer: o.importer,
        hs: o.hs,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(o.group ? { group: o.group.split(",") } : {}),
      });
      const text =
        o.format === "md"
          ? renderMarkdown(report)
          : o.format === "csv"
            ? renderCsv(report)
            : JSON.stringify(report, null, 2);
      process.stdout.write(`${text}\n`);
    });
};
