/**
 * Coverage of general name-variant mechanisms on real listed names (not the eval sets): for every listed firm
 * name of the 5,137-entity sample, variants a list or a counterparty writes — two words joined or hyphenated,
 * the first word moved to the end, Chinese syllables in Wade–Giles, a number written as an ordinal word or the
 * reverse, a distinctive long word with one or two letters changed — screened against the sample index at the
 * default threshold; counted as found when the listed firm is among the matches. A made-up distinctive word in
 * place of the longest one is a look-alike that must not alert. The variants are mechanical: this measures a
 * mechanism's reach, not recall on real data.
 *   npx tsx packages/data/bench/probe-mechanisms.ts [ROOT]   (ROOT: another checkout, as probe-name-forms.ts)
 */
const root = process.argv[2] ?? new URL("../../..", import.meta.url).pathname;
const { loadSampleEntities } = await import(`${root}/packages/data/src/screening/load-entities.ts`);
const { ScreeningIndex } = await import(`${root}/packages/data/src/screening/screening-index.ts`);
const { chineseSyllables } = await import(
  `${new URL("..", import.meta.url).pathname}/src/screening/scripts/wade-giles.ts`
);
const { COMPANY_WORDS, LEGAL_FORMS, PLACE_WORDS } = await import(
  `${root}/packages/data/src/screening/scripts/company-words.ts`
);
type Entity = { id: string; schema: string; name: string; aliases: string[] };
const ents = (await loadSampleEntities()) as Entity[];
const index = new ScreeningIndex(ents);

const ORDINALS = [
  "FIRST",
  "SECOND",
  "THIRD",
  "FOURTH",
  "FIFTH",
  "SIXTH",
  "SEVENTH",
  "EIGHTH",
  "NINTH",
  "TENTH",
];
const generic = (w: string) => {
  const l = w.toLowerCase();
  return COMPANY_WORDS.has(l) || PLACE_WORDS.has(l) || LEGAL_FORMS.has(l) || w.length < 3;
};
/** One letter changed at position p (a vowel for a vowel, else the next consonant). */
const change = (w: string, p: number) => {
  const c = w[p]!;
  const to = "AEIOU".includes(c)
    ? ("AEIOU"["AEIOU".indexOf(c) + 1] ?? "A")
    : c === "Z"
      ? "B"
      : String.fromCharCode(c.charCodeAt(0) + 1);
  return w.slice(0, p) + to + w.slice(p + 1);
};
const tally: Record<string, [number, number]> = {};
const seen = (kind: string, found: boolean) => {
  const t = tally[kind] ?? [0, 0];
  tally[kind] = t;
  t[0]++;
  if (found) t[1]++;
};
let n = 0;
for (const e of ents) {
  if (e.schema !== "LegalEntity" && e.schema !== "Company" && e.schema !== "Organization") continue;
  const name = e.name
    .toUpperCase()
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/^[A-Z0-9 ]+$/.test(name)) continue;
  const words = name.split(" ");
  const distinct = words.map((w, i) => [w, i] as const).filter(([w]) => !generic(w));
  if (distinct.length === 0) continue;
  if (n++ % 3 !== 0) continue; // a third of the firms, to keep the probe short
  const variants: [string, string][] = [];
  const d0 = distinct[0]!;
  const d1 = distinct[1];
  if (d1 && d1[1] === d0[1] + 1) {
    variants.push(["joined", [...words.slice(0, d0[1]), d0[0] + d1[0], ...words.slice(d1[1] + 1)].join(" ")]);
    variants.push([
      "hyphenated",
      [...words.slice(0, d0[1]), `${d0[0]}-${d1[0]}`, ...words.slice(d1[1] + 1)].join(" "),
    ]);
  }
  if (words.length >= 3) variants.push(["first word last", [...words.slice(1), words[0]].join(" ")]);
  const wg = words.map((w) => {
    const r = chineseSyllables(w.toLowerCase());
    return r?.pinyin && r.pinyin !== w.toLowerCase() && !generic(w) ? r.pinyin.toUpperCase() : w;
  });
  if (wg.join(" ") !== words.join(" ") && distinct.every(([w]) => chineseSyllables(w.toLowerCase())?.pinyin))
    variants.push(["wade-giles", wg.join(" ")]);
  const num = words.findIndex(
    (w) => /^([1-9]|10)$/.test(w) || ORDINALS.includes(w) || /^([1-9]|10)(ST|ND|RD|TH)$/.test(w),
  );
  if (num >= 0) {
    const w = words[num]!;
    const v = /^\d+$/.test(w)
      ? ORDINALS[Number(w) - 1]!
      : ORDINALS.includes(w)
        ? String(ORDINALS.indexOf(w) + 1)
        : w.replace(/(ST|ND|RD|TH)$/, "");
    variants.push(["number / ordinal", words.map((x, i) => (i === num ? v : x)).join(" ")]);
  }
  const long = distinct.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  if (long[0].length >= 7) {
    const one = change(long[0], Math.floor(long[0].length / 2));
    variants.push(["one letter changed", words.map((x, i) => (i === long[1] ? one : x)).join(" ")]);
    if (long[0].length >= 9) {
      const two = change(one, long[0].length - 2);
      variants.push(["two letters changed", words.map((x, i) => (i === long[1] ? two : x)).join(" ")]);
    }
    const fake = `ZOR${long[0].slice(-4)}VEX`;
    variants.push(["look-alike (must not alert)", words.map((x, i) => (i === long[1] ? fake : x)).join(" ")]);
  }
  for (const [kind, v] of variants) {
    const ids = index.screen({ name: v }).matches.map((m: { id: string }) => m.id);
    seen(kind, ids.includes(e.id));
  }
}
console.log("| variant | names | listed firm found |");
console.log("| --- | --- | --- |");
for (const [k, [all, found]] of Object.entries(tally))
  console.log(`| ${k} | ${all} | ${found} (${(found / all).toFixed(3)}) |`);
