/**
 * `chiproad brief`: with its default options (PDF, English, standard profile, 200 risk samples) on
 * every example; in Russian and Chinese with the headings in the language, every cited source id,
 * and no English sentence outside the scenario's own names, ids and citations; bad input refused
 * with nothing written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeGaps, type Lang } from "@chiproad/domain";
import { chromiumExecutable } from "@chiproad/print";
import { PDFParse } from "pdf-parse";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";
import { loadReferenceData } from "../reference-data.ts";
import { loadScenarioFile } from "../scenario-file.ts";

const examples = join(import.meta.dirname, "../../../../examples");
const scenarios = readdirSync(examples).filter((f) => f.endsWith(".yaml"));
const russia = join(examples, "russia-coprocessor.yaml");
const dir = mkdtempSync(join(tmpdir(), "chiproad-brief-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const executable = chromiumExecutable();
const required = process.env.CHIPROAD_REQUIRE_CHROMIUM === "1";
if (!executable)
  console.warn(
    `\n${"!".repeat(78)}\n!! Chromium not found (CHIPROAD_CHROMIUM_PATH or /usr/bin/chromium):` +
      ` the PDF brief tests are SKIPPED.\n${"!".repeat(78)}\n`,
  );

const HEADINGS: Record<Lang, string[]> = {
  en: [
    "Target and recommendation",
    "Roadmap",
    "Schedule risk",
    "Sanctions exposure",
    "Decisions requested",
    "Sources",
  ],
  ru: [
    "Цель и рекомендация",
    "Дорожная карта",
    "Риски сроков",
    "Санкционные риски",
    "Запрашиваемые решения",
    "Источники",
  ],
  zh: ["目标与建议", "路线图", "进度风险", "制裁风险敞口", "请求决策事项", "资料来源"],
};

async function pdfText(file: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The scenario's own words (names, ids, citations, titles, notes): data, not generated sentences. */
async function dataStrings(file: string): Promise<string[]> {
  const ref = await loadReferenceData();
  const scenario = loadScenarioFile(file, ref);
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(scenario);
  walk(analyzeGaps(scenario, ref).gaps.map((g) => g.inputName));
  return out.sort((a, b) => b.length - a.length);
}

describe.runIf(!executable && required)("PDF brief prerequisites", () => {
  it("has Chromium, because CHIPROAD_REQUIRE_CHROMIUM=1", () => {
    expect.fail("CHIPROAD_REQUIRE_CHROMIUM=1 but no Chromium");
  });
});

describe.runIf(executable)("chiproad brief (PDF, Chromium)", () => {
  for (const file of scenarios) {
    it(`default options: ${file}`, { timeout: 240_000 }, async () => {
      const out = join(dir, `${file}.pdf`);
      const r = await runCli("brief", join(examples, file), "--out", out);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe("");
      expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = (await pdfText(out)).replace(/\s+/g, " ");
      for (const heading of HEADINGS.en) expect(text).toContain(heading);
      // Risk was analysed with the default 200 samples.
      expect(text).toContain("Of 200 simulated futures");
      expect(readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);
    });
  }

  for (const lang of ["ru", "zh"] as const) {
    it(`${lang}: headings in ${lang}, every cited source id, fonts embedded`, {
      timeout: 240_000,
    }, async () => {
      const out = join(dir, `russia-${lang}.pdf`);
      const r = await runCli(
        "brief",
        russia,
        "--lang",
        lang,
        "--out",
        out,
        "--profile",
        "quick",
        "--samples",
        "20",
      );
      expect(r.status, r.stderr).toBe(0);
      const pdf = readFileSync(out).toString("latin1");
      expect(pdf).toMatch(/\/FontFile[23]?\b/);
      const text = (await pdfText(out)).replace(/\s+/g, " ");
      for (const heading of HEADINGS[lang]) expect(text).toContain(heading);
      for (const id of ["S1", "S2", "S3"]) expect(text).toContain(id);
    });
  }
});

describe("chiproad brief (HTML)", () => {
  for (const lang of ["ru", "zh"] as const) {
    it(`${lang}: no English sentence outside the scenario's own words`, { timeout: 240_000 }, async () => {
      const out = join(dir, `russia-${lang}.html`);
      const r = await runCli(
        "brief",
        russia,
        "--lang",
        lang,
        "--format",
        "html",
        "--out",
        out,
        "--profile",
        "quick",
        "--samples",
        "20",
      );
      expect(r.status, r.stderr).toBe(0);
      let text = readFileSync(out, "utf8")
        .replace(/<style>[\s\S]*?<\/style>/g, "")
        .replace(/<title>[\s\S]*?<\/title>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
      // The datasets behind the answers (names and versions) are data too, as the plan's provenance lists them.
      // Data the brief quotes besides the scenario: the datasets behind the answers (names and
      // versions, from the plan's provenance) and the sanctions-list entries that matched (list and
      // matched names), as the brief's JSON form lists them.
      const jsonRun = await runCli(
        "brief",
        russia,
        "--format",
        "json",
        "--profile",
        "quick",
        "--samples",
        "0",
      );
      expect(jsonRun.status, jsonRun.stderr).toBe(0);
      const content = JSON.parse(jsonRun.stdout) as {
        plan: { provenance: { datasets: { name: string; version: string }[] } };
        screening: { hits: { listName: string; rule: string; match: { name: string } }[] }[];
      };
      const data = [
        ...(await dataStrings(russia)),
        ...content.plan.provenance.datasets.flatMap((d) => [d.name, d.version]),
        ...content.screening.flatMap((s) => s.hits.flatMap((h) => [h.listName, h.rule, h.match.name])),
      ].sort((a, b) => b.length - a.length);
      for (const s of data) if (s.length >= 2) text = text.split(s).join(" ");
      text = text
        .replace(/\b[0-9a-f]{7,}\b/g, " ") // hashes
        .replace(
          /\b[A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*(?:\[\d+\])(?:\.[A-Za-z]+(?:\[\d+\])?)*/g,
          " ",
        ); // JSON paths of assumptions
      // What stays Latin by design: currency codes, acronyms, P50/P80, SHA-256 and what the
      // scenario itself says (names, notes) in its own words.
      const ALLOWED = /^(RUB|USD|CNY|EUR|SHA|OFAC|SDN|standard|quick)$/;
      const sourceWords = new Set(data.flatMap((x) => x.split(/[^A-Za-z]+/)).filter(Boolean));
      const english = [...text.matchAll(/[A-Za-z]{3,}/g)]
        .map((m) => m[0])
        .filter((w) => !ALLOWED.test(w) && !sourceWords.has(w));
      expect(english).toEqual([]);
    });
  }

  it("refuses a bad date or sample count with exit 2 and writes nothing", async () => {
    const out = join(dir, "bad.html");
    for (const args of [
      ["--date", "2026-13-45"],
      ["--samples", "-1"],
      ["--lang", "fr"],
    ]) {
      const r = await runCli("brief", russia, "--format", "html", "--out", out, ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--date|--samples|--lang/);
      expect(existsSync(out)).toBe(false);
    }
  });
});
