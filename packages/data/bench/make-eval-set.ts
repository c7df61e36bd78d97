/**
 * Builds the labelled screening evaluation set src/screening/eval/queries.json from the shipped sample
 * lists. Run once and commit the output (it is frozen so that changes to the matcher are measured
 * against the same queries): npx tsx packages/data/bench/make-eval-set.ts
 *
 * Positive queries are realistic rewritings of a listed party, made with rules written here and not
 * shared with the matcher: Latin→Cyrillic and pinyin→hanzi script changes, spelling variants seen on
 * lists (kh/h, -iy/-y/-ii, ks/x, yu/iu, ya/ia), word order, one-keystroke typos, short names. Negative
 * queries are look-alikes that are not on the lists: altered surnames, the same surname with another
 * first name and patronymic, and real semiconductor firms. The label of a positive is every entity that
 * carries the same name (the same party listed by OFAC and OpenSanctions).
 */
import { toCyrillic } from "./latin-to-cyrillic.ts";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import type { Entity, ScreeningQuery } from "../src/screening/model.ts";
import { frozenNameTokens as nameTokens } from "./frozen/name-tokens-first-set.ts";
import { PINYIN } from "./hanzi-by-syllable.ts";

interface EvalCase {
  category: string;
  query: ScreeningQuery;
  /** Entity ids that are correct hits; empty for a look-alike that must not alert. */
  expected: string[];
}

/** mulberry32: a tiny seeded PRNG so the set is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261123);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
function sample<T>(xs: T[], n: number): T[] {
  const copy = xs.slice();
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  return out;
}

const entities = await loadSampleEntities();
const signature = (name: string) => [...nameTokens(name)].sort().join(" ");
const bySignature = new Map<string, Set<string>>();
const allTokens = new Set<string>();
for (const e of entities) {
  for (const n of [e.name, ...e.aliases]) {
    const s = signature(n);
    if (!bySignature.has(s)) bySignature.set(s, new Set());
    bySignature.get(s)!.add(e.id);
    for (const t of nameTokens(n)) allTokens.add(t);
  }
}
const sameParty = (e: Entity) => [...(bySignature.get(signature(e.name)) ?? new Set([e.id]))].sort();

const LATIN_NAME = /^[A-Z][A-Za-z-]+, [A-Z][a-z]+(?: [A-Z][a-z]+)?$/;
const russians = entities.filter(
  (e) =>
    e.list === "OFAC SDN" &&
    e.schema === "Person" &&
    e.countries.includes("RUS") &&
    LATIN_NAME.test(e.name) &&
    !/[xwqjc]|h(?<![kzcs]h)/i.test(e.name.replace(/ch|sh|kh|zh/gi, "")),
);
const companies = entities.filter(
  (e) =>
    e.list === "OFAC SDN" &&
    e.schema === "LegalEntity" &&
    /^[A-Z0-9 ."'&-]+$/.test(e.name) &&
    nameTokens(e.name).length >= 2 &&
    nameTokens(e.name).length <= 4,
);
const parts = (e: Entity) => {
  const [last, rest] = e.name.split(", ");
  const [first, patronymic] = (rest ?? "").split(" ");
  return { last: last!, first: first!, patronymic };
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** The original set's Latin → Cyrillic: the common rules, then the soft sign. */
const toCyrillicName = (latin: string) => toCyrillic(latin, [[/'/g, "ь"]]);

function latinVariant(name: string): string {
  const variants: [RegExp, string][] = [
    [/kh/gi, "h"],
    [/iy\b/gi, "y"],
    [/yy\b/gi, "y"],
    [/ks/gi, "x"],
    [/yu/gi, "iu"],
    [/ya/gi, "ia"],
    [/ii\b/gi, "iy"],
    [/y\b/gi, "iy"],
    [/ye/gi, "e"],
    [/ts/gi, "tz"],
  ];
  for (const [re, to] of variants.sort(() => rand() - 0.5)) {
    if (re.test(name)) return name.replace(re, to);
  }
  return name.replace(/ov\b/i, "off");
}

/** One keystroke: swap two neighbours, drop, double or replace a letter inside a long word. */
function typo(name: string): string {
  const words = name.split(" ");
  // Only words that carry identity: a typo in "LIMITED" tests nothing about the name.
  const idx = words
    .map((w, i) => [w, i] as const)
    .filter(([w]) => w.length >= 5 && nameTokens(`x ${w}`).includes(w.toLowerCase()));
  if (idx.length === 0) return name;
  const [w, i] = pick(idx);
  const p = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 4);
  const near: Record<string, string> = {
    a: "s",
    e: "r",
    i: "o",
    o: "i",
    u: "y",
    n: "m",
    r: "t",
    s: "a",
    v: "b",
    k: "l",
    l: "k",
    t: "r",
  };
  const ch = w[p]!;
  const mutated =
    kind === 0
      ? w.slice(0, p) + w[p + 1]! + ch + w.slice(p + 2)
      : kind === 1
        ? w.slice(0, p) + w.slice(p + 1)
        : kind === 2
          ? w.slice(0, p) + ch + w.slice(p)
          : w.slice(0, p) + (near[ch.toLowerCase()] ?? "e") + w.slice(p + 1);
  words[i] = mutated;
  return words.join(" ");
}

const cases: EvalCase[] = [];
const add = (category: string, query: ScreeningQuery, expected: string[]) => {
  if (cases.some((c) => c.query.name === query.name)) return;
  cases.push({ category, query, expected });
};

for (const e of sample(russians, 40)) {
  const { last, first, patronymic } = parts(e);
  add(
    "cyrillic",
    { name: toCyrillicName([last, first, patronymic].filter(Boolean).join(" ")) },
    sameParty(e),
  );
}
for (const e of sample(russians, 30)) {
  const { last, first, patronymic } = parts(e);
  add(
    "latin-variant",
    { name: latinVariant([first, patronymic, cap(last)].filter(Boolean).join(" ")) },
    sameParty(e),
  );
}
for (const e of sample(russians, 10)) {
  const { last, first } = parts(e);
  add("word-order", { name: `${first} ${cap(last)}` }, sameParty(e));
}
for (const e of sample(companies, 10)) {
  add("word-order", { name: nameTokens(e.name).reverse().join(" ").toUpperCase() }, sameParty(e));
}
for (const e of sample(russians, 15)) {
  const { last, first, patronymic } = parts(e);
  add("typo", { name: typo([first, patronymic, last].filter(Boolean).join(" ")) }, sameParty(e));
}
for (const e of sample(companies, 15)) add("typo", { name: typo(e.name) }, sameParty(e));
const shortCompanies = companies.filter((e) => nameTokens(e.name).length === 2);
for (const e of sample(shortCompanies, 15))
  add("short-name", { name: nameTokens(e.name).join(" ") }, sameParty(e));

// Chinese: OFAC "SURNAME, Given" in pinyin → hanzi through a reverse table (first character per syllable).
const hanziFor = new Map<string, string>();
for (const [ch, syl] of PINYIN) if (!hanziFor.has(syl)) hanziFor.set(syl, ch);
const syllables = [...hanziFor.keys()].sort((a, b) => b.length - a.length);
function segment(word: string): string[] | undefined {
  if (word === "") return [];
  for (const s of syllables) {
    if (word.startsWith(s)) {
      const rest = segment(word.slice(s.length));
      if (rest) return [s, ...rest];
    }
  }
  return undefined;
}
const chinese = entities.filter(
  (e) =>
    e.list === "OFAC SDN" && e.schema === "Person" && e.countries.includes("CHN") && LATIN_NAME.test(e.name),
);
let zh = 0;
for (const e of sample(chinese, chinese.length)) {
  if (zh >= 15) break;
  const [last, given] = e.name.toLowerCase().split(", ");
  const syl = segment(`${last}`)?.length === 1 ? segment(given!.replace(/\s+/g, "")) : undefined;
  if (!syl || !hanziFor.has(last!)) continue;
  add(
    "chinese-script",
    { name: hanziFor.get(last!)! + syl.map((s) => hanziFor.get(s)!).join("") },
    sameParty(e),
  );
  zh++;
}

// Look-alikes that must not alert.
const FIRST = [
  "Sergei",
  "Andrei",
  "Pavel",
  "Mikhail",
  "Oleg",
  "Nikolai",
  "Viktor",
  "Boris",
  "Yegor",
  "Roman",
  "Artem",
  "Kirill",
];
const PATRONYMIC = ["Petrovich", "Olegovich", "Borisovich", "Romanovich", "Kirillovich", "Egorovich"];
const swapEnding: [RegExp, string][] = [
  [/ov$/i, "ovsky"],
  [/ev$/i, "enko"],
  [/in$/i, "insky"],
  [/iy$/i, "ov"],
  [/a$/i, "ina"],
  [/o$/i, "uk"],
];
let altered = 0;
for (const e of sample(russians, russians.length)) {
  if (altered >= 20) break;
  const { last } = parts(e);
  const rule = swapEnding.find(([re]) => re.test(last));
  if (!rule) continue;
  const other = cap(last.replace(rule[0], rule[1]));
  if (allTokens.has(other.toLowerCase())) continue;
  add("lookalike-surname", { name: `${pick(FIRST)} ${other}` }, []);
  altered++;
}
let sameSurname = 0;
for (const e of sample(russians, russians.length)) {
  if (sameSurname >= 15) break;
  const { last, first } = parts(e);
  const firstName = pick(FIRST.filter((f) => f !== first));
  const name = `${firstName} ${pick(PATRONYMIC)} ${cap(last)}`;
  const clash = entities.some((x) =>
    [x.name, ...x.aliases].some((n) => {
      const t = nameTokens(n);
      return t.includes(last.toLowerCase()) && t.includes(firstName.toLowerCase());
    }),
  );
  if (clash) continue;
  add("lookalike-same-surname", { name }, []);
  sameSurname++;
}
const FIRMS = [
  "Samsung Electronics",
  "Infineon Technologies",
  "STMicroelectronics",
  "Tata Electronics",
  "Micron Technology",
  "ASML Holding",
  "Tokyo Electron",
  "GlobalFoundries",
  "United Microelectronics Corporation",
  "Renesas Electronics",
  "NXP Semiconductors",
  "Kaynes Semicon",
  "Applied Materials",
  "Lam Research",
  "KLA Corporation",
  "Taiwan Semiconductor Manufacturing Company",
  "Bharat Electronics",
  "MosChip Technologies",
  "Polymatech Electronics",
  "Texas Instruments",
  "Analog Devices",
  "Rohm Semiconductor",
  "Powerchip Semiconductor",
  "Amkor Technology",
];
for (const f of FIRMS) if (!bySignature.has(signature(f))) add("lookalike-firm", { name: f }, []);

const out = join(dirname(fileURLToPath(import.meta.url)), "../src/screening/eval/queries.json");
writeFileSync(out, `${JSON.stringify(cases, null, 1)}\n`);
const counts: Record<string, number> = {};
for (const c of cases) counts[c.category] = (counts[c.category] ?? 0) + 1;
process.stdout.write(`${cases.length} cases ${JSON.stringify(counts)}\n`);
