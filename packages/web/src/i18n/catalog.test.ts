import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import type { Messages } from "./messages.ts";
import { ru } from "./ru.ts";
import { zh } from "./zh.ts";

function flatten(tree: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** CLDR plural categories i18next asks for in each language. */
const CATEGORIES = { ru: ["one", "few", "many", "other"], zh: ["other"] } as const;

// Strings that are the same in every language on purpose (symbols, codes, a partner name slot).
const SAME_EVERYWHERE = new Set(["models.forPartner", "whatif.completion"]);

describe.each([
  ["ru", ru],
  ["zh", zh],
] as const)("the %s catalog", (lang, catalog) => {
  const source = flatten(en);
  const target = flatten(catalog);

  it("translates every English string (plural keys in this language's own forms)", () => {
    const missing: string[] = [];
    for (const key of new Set([...source.keys()].map(base))) {
      const plural = [...source.keys()].some((k) => k !== key && base(k) === key);
      const wanted = plural ? CATEGORIES[lang].map((c) => `${key}_${c}`) : [key];
      for (const k of wanted) if (!target.has(k)) missing.push(k);
    }
    expect(missing).toEqual([]);
  });

  it("has no key that English lacks", () => {
    const known = new Set([...source.keys()].map(base));
    expect([...target.keys()].filter((k) => !known.has(base(k)))).toEqual([]);
  });

  it("keeps the same {{placeholders}} and actually differs from English", () => {
    for (const [key, text] of target) {
      const english = source.get(key) ?? source.get(`${base(key)}_other`) ?? "";
      expect({ key, vars: placeholders(text) }).toEqual({ key, vars: placeholders(english) });
      if (!SAME_EVERYWHERE.has(key)) expect({ key, text }).not.toEqual({ key, text: english });
    }
  });
});
