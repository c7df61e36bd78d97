/**
 * Domain messages through the CLI: every message of every example's plan renders in ru and zh,
 * and `--lang ru` prints no English sentence of the catalogue.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUES, type Message, messagesIn, type Plan, renderMessage } from "@chiproad/domain";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const examples = join(import.meta.dirname, "../../../../examples");
const scenarios = readdirSync(examples).filter((f) => f.endsWith(".yaml"));

/**
 * The English fragments of the catalogue a translated report must not contain: the literal text
 * between placeholders, where it has at least two English words (single words such as "later"
 * may be a heading's too).
 */
function englishFragments(): string[] {
  const out = new Set<string>();
  for (const template of Object.values(CATALOGUES.en)) {
    for (const part of template.split(/\{[^}]*\}/)) {
      const text = part.replace(/^[\s(;:,.—"-]+|[\s);:,."—-]+$/g, "");
      if ((text.match(/[A-Za-z]{2,}/g) ?? []).length >= 2) out.add(text);
    }
  }
  return [...out];
}

describe("domain messages through the CLI", () => {
  for (const file of scenarios) {
    it(`every message of the plan of ${file} renders in ru and zh`, async () => {
      const r = await runCli("plan", join(examples, file), "--profile", "quick", "--format", "json");
      expect(r.stderr).toBe("");
      const plan = JSON.parse(r.stdout) as Plan;
      expect(plan.activities.length).toBeGreaterThan(0);
      for (const a of plan.activities) {
        expect(renderMessage(a.nameMessage, "en")).toBe(a.name);
        expect(renderMessage(a.explanationMessage, "en")).toBe(a.explanation);
      }
      for (const d of plan.decisions) {
        expect(renderMessage(d.explanationMessage, "en")).toBe(d.explanation);
        for (const alt of d.alternatives) expect(renderMessage(alt.message, "en")).toBe(alt.reason);
      }
      for (const x of plan.rejected) expect(renderMessage(x.message, "en")).toBe(x.reason);
      const all: Message[] = messagesIn(plan);
      expect(all.length).toBeGreaterThan(plan.activities.length);
      const missing = all.filter(
        (m) => CATALOGUES.ru[m.code] === undefined || CATALOGUES.zh[m.code] === undefined,
      );
      expect(missing.map((m) => m.code)).toEqual([]);
      for (const m of all) {
        for (const lang of ["ru", "zh"] as const) {
          expect(renderMessage(m, lang), `${lang} ${m.code}`).not.toMatch(/\{[?!/]?\w+[}#]/);
        }
      }
    });
  }

  it("plan --lang ru prints no English sentence of the catalogue", async () => {
    const file = join(examples, "india-mcu-osat.yaml");
    const en = await runCli("plan", file, "--profile", "quick");
    const ru = await runCli("plan", file, "--profile", "quick", "--lang", "ru");
    expect([en.status, ru.status]).toEqual([0, 0]);
    const fragments = englishFragments();
    // The check would catch an English report: the same plan in English has many of them.
    expect(fragments.filter((f) => en.stdout.includes(f)).length).toBeGreaterThan(5);
    expect(fragments.filter((f) => ru.stdout.includes(f))).toEqual([]);
    expect(ru.stdout).toContain("Переговоры и подписание: ");
  });

  it("whatif, risk, partners and gaps take --lang; JSON keeps codes and the English text", {
    timeout: 120_000,
  }, async () => {
    const file = join(examples, "india-mcu-osat.yaml");
    const fragments = englishFragments();
    const zh = await runCli("partners", file, "--lang", "zh");
    expect(zh.status).toBe(0);
    expect(fragments.filter((f) => zh.stdout.includes(f))).toEqual([]);
    expect(zh.stdout).toContain("不构成法律意见");
    const gaps = await runCli("gaps", file, "--lang", "ru");
    expect(gaps.stdout).toContain("Допущение.");
    expect(fragments.filter((f) => gaps.stdout.includes(f))).toEqual([]);
    const json = await runCli("partners", file, "--format", "json", "--lang", "ru");
    const report = JSON.parse(json.stdout) as { notes: string[]; noteMessages: Message[] };
    expect(report.notes.map((n) => n)).toEqual(report.noteMessages.map((m) => renderMessage(m, "en")));
    const change = join(examples, "changes", "india-mcu-osat.cut-tranche.yaml");
    const whatif = await runCli("whatif", file, "--change", change, "--profile", "quick", "--lang", "ru");
    expect(whatif.status).toBe(0);
    expect(whatif.stdout).toContain("## Изменения относительно базового плана");
    expect(fragments.filter((f) => whatif.stdout.includes(f))).toEqual([]);
    const risk = await runCli("risk", file, "--samples", "20", "--profile", "quick", "--lang", "zh");
    expect(risk.stdout).toMatch(/^# 进度风险：/);
    expect(fragments.filter((f) => risk.stdout.includes(f))).toEqual([]);
    const bad = await runCli("plan", file, "--lang", "fr");
    expect(bad.status).not.toBe(0);
  });
});
