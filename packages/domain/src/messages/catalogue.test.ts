import { describe, expect, it } from "vitest";
import { NODE_LADDER_ASSUMPTION } from "../gaps/node-ladder.ts";
import { NOT_LEGAL_ADVICE } from "../roadmap/provenance.ts";
import { CATALOGUES, LANGS, type MessageCode } from "./catalogue.ts";
import { date, type Message, type MessageParam, money, msg, nested, percent, ref } from "./message.ts";
import { renderMessage } from "./render.ts";

const CODES = Object.keys(CATALOGUES.en) as MessageCode[];

/** Parameter names a template uses, and how: shown, tested by a section, or counted by a plural. */
function usage(template: string): Map<string, Set<"value" | "section" | "plural">> {
  const out = new Map<string, Set<"value" | "section" | "plural">>();
  const add = (name: string, how: "value" | "section" | "plural") =>
    out.set(name, (out.get(name) ?? new Set()).add(how));
  for (const m of template.matchAll(/\{([?!])(\w+)\}/g)) add(m[2]!, "section");
  for (const m of template.matchAll(/\{(\w+)#[^}]*\}/g)) add(m[1]!, "plural");
  for (const m of template.matchAll(/\{(\w+)\}/g)) add(m[1]!, "value");
  return out;
}

/**
 * Sample parameters for every name the English template uses: a number where some language counts
 * it (plural forms), else an id with no English word in it, or `true` for a section flag.
 */
function samples(code: MessageCode, count: number): Record<string, MessageParam> {
  const params: Record<string, MessageParam> = {};
  const plural = new Set(
    LANGS.flatMap((l) => [...usage(CATALOGUES[l][code])].filter(([, h]) => h.has("plural")).map(([n]) => n)),
  );
  for (const [name, how] of usage(CATALOGUES.en[code])) {
    params[name] = plural.has(name) ? count : how.has("value") ? `Q${name.length}` : true;
  }
  return params;
}

/** Acronyms, units and scenario paths that stay Latin in every language. */
const ALLOWED = new Set(["hs", "hhi", "ear", "jv", "itrs", "de", "minimis", "nm", "sha"]);
const CODE_LIKE = /[A-Za-z_]+(?:\[\])?\.[A-Za-z_.]+/g;

function englishWords(template: string): Set<string> {
  const text = template.replace(/\{[^}]*\}/g, " ").replace(CODE_LIKE, " ");
  return new Set([...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0].toLowerCase()));
}

const leftover = /\{[?!/]?\w+[}#]/;

describe("message catalogues", () => {
  it("ru and zh have exactly the codes of en, none empty", () => {
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...CODES].sort());
      for (const code of CODES) expect(CATALOGUES[lang][code].trim(), `${lang} ${code}`).not.toBe("");
    }
  });

  it("every translation uses the same parameters as the English template", () => {
    for (const code of CODES) {
      const en = [...usage(CATALOGUES.en[code]).keys()].sort();
      for (const lang of ["ru", "zh"] as const) {
        expect([...usage(CATALOGUES[lang][code]).keys()].sort(), `${lang} ${code}`).toEqual(en);
      }
    }
  });

  it("renders every code in en, ru and zh with no placeholder left and no English word in ru or zh", () => {
    const failures: string[] = [];
    for (const code of CODES) {
      const words = englishWords(CATALOGUES.en[code]);
      for (const count of [1, 3, 5, 21]) {
        const message: Message = { code, params: samples(code, count) };
        for (const lang of LANGS) {
          const text = renderMessage(message, lang);
          if (leftover.test(text)) failures.push(`${lang} ${code}: placeholder left in "${text}"`);
          if (lang === "en") continue;
          const latin = [...text.replace(CODE_LIKE, " ").matchAll(/[A-Za-z]{2,}/g)].map((m) =>
            m[0].toLowerCase(),
          );
          const english = latin.filter((w) => words.has(w) && !ALLOWED.has(w));
          if (english.length > 0)
            failures.push(`${lang} ${code}: English ${english.join(", ")} in "${text}"`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps the English sentences the domain wrote before it spoke in codes", () => {
    expect(CATALOGUES.en["gaps.assumptionNodeLadder"]).toBe(NODE_LADDER_ASSUMPTION);
    expect(CATALOGUES.en["report.notLegalAdvice"]).toBe(NOT_LEGAL_ADVICE);
    const m = msg("explain.targetsLater", {
      days: 1234,
      why: nested(msg("explain.longerWork", { licence: true, days: 30 })),
    });
    expect(renderMessage(m, "en")).toBe(
      "targets later: weighted lateness +1234 days (its work packages and licence wait take 30 days longer)",
    );
    expect(renderMessage(msg("explain.longerWork", { licence: false, days: 7 }), "en")).toBe(
      "its work packages take 7 days longer",
    );
    expect(renderMessage(msg("explain.costlier", { amount: money(18_344_000_000, "USD") }), "en")).toBe(
      "same dates, costs 18,344,000,000 USD more",
    );
    expect(renderMessage(msg("decision.startsOnOrAfter", { date: date("2031-03-01") }), "en")).toBe(
      "work starts on or after 2031-03-01",
    );
  });

  it("uses Russian plural forms (Intl.PluralRules)", () => {
    const text = (days: number) => renderMessage(msg("explain.completesLater", { days }), "ru");
    expect(text(1)).toBe("программа завершается на 1 день позже");
    expect(text(3)).toBe("программа завершается на 3 дня позже");
    expect(text(5)).toBe("программа завершается на 5 дней позже");
    expect(text(21)).toBe("программа завершается на 21 день позже");
    expect(text(112)).toBe("программа завершается на 112 дней позже");
  });

  it("formats money with its currency, dates and ratios per locale", () => {
    const cost = msg("explain.costlier", { amount: money(3_000_000_000, "USD") });
    expect(renderMessage(cost, "ru")).toMatch(/^сроки те же, но дороже на 3\s000\s000\s000\sUSD$/);
    expect(renderMessage(cost, "zh")).toMatch(/^日期相同，但成本多USD\s?3,000,000,000$/);
    const dated = msg("decision.finishesBefore", { date: date("2031-03-01") });
    expect(renderMessage(dated, "ru")).toBe("все работы завершаются до 1 марта 2031 г.");
    expect(renderMessage(dated, "zh")).toBe("所有工作在2031年3月1日之前完成");
    const hit = msg("compliance.partnerFirmListed", {
      firm: ref("firm", "f1", "Firm One"),
      entry: "ENTRY",
      list: "L",
      score: percent(0.912),
    });
    expect(renderMessage(hit, "en")).toContain("(score 91%)");
    expect(renderMessage(hit, "ru")).toMatch(/\(совпадение 91\s%\)/);
  });

  it("shows display names instead of ids when the renderer is given them", () => {
    const m = msg("activity.workPackage", {
      kind: nested(msg("workPackage.negotiate")),
      gap: ref("gap", "mcu:N7"),
    });
    expect(renderMessage(m, "en")).toBe("Negotiate and sign: mcu:N7");
    expect(renderMessage(m, "ru", { gap: { "mcu:N7": "Микроконтроллеры" } })).toBe(
      "Переговоры и подписание: Микроконтроллеры",
    );
    expect(renderMessage(m, "zh", { gap: new Map([["mcu:N7", "微控制器"]]) })).toBe("谈判与签约：微控制器");
  });

  it("leaves a missing parameter visible and renders an unknown code as the code", () => {
    expect(renderMessage(msg("proof.hasDeadline"), "ru")).toBe("имеет крайний срок {date}");
    expect(renderMessage({ code: "no.such.code" as MessageCode, params: {} }, "zh")).toBe("no.such.code");
  });
});
