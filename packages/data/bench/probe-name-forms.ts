/**
 * A probe of the Turkish and Arabic name rules on real listed names (not the eval sets): spelling variants of
 * the shipped sample's Turkish firms (English translation; short legal form without SANAYI VE TICARET) and
 * Arabic names (ABDUL → ABD AL, ABDEL → ABD EL, AL- → EL), screened against the 5,137-entity sample; and a
 * look-alike per Turkish firm (first word replaced by a made-up one, company words kept) that must not alert.
 * The variants are written by the author of the rules: this measures intended coverage, not robustness.
 *   npx tsx packages/data/bench/probe-name-forms.ts [ROOT]   (ROOT: a checkout, e.g. an older commit extracted
 *   with `git archive <commit> packages/data | tar -x -C /tmp/old` and node_modules linked; default this one)
 */
const root = process.argv[2] ?? new URL("../../..", import.meta.url).pathname;
const { loadSampleEntities } = await import(`${root}/packages/data/src/screening/load-entities.ts`);
const { ScreeningIndex } = await import(`${root}/packages/data/src/screening/screening-index.ts`);
const ents = await loadSampleEntities();
const index = new ScreeningIndex(ents);
const TR: [RegExp, string][] = [
  [/\bDIS TICARET\b/g, "FOREIGN TRADE"],
  [/\bTICARET\b/g, "TRADE"],
  [/\bSANAYI\b/g, "INDUSTRY"],
  [/\bITHALAT\b/g, "IMPORT"],
  [/\bIHRACAT\b/g, "EXPORT"],
  [/\bLIMITED SIRKETI\b/g, "LTD"],
  [/\bANONIM SIRKETI\b/g, "INC"],
  [/\bVE\b/g, "AND"],
  [/\bELEKTRONIK\b/g, "ELECTRONICS"],
  [/\bLOJISTIK\b/g, "LOGISTICS"],
];
const short = (n: string) =>
  n
    .replace(/\bLIMITED SIRKETI\b/, "LTD STI")
    .replace(/\bANONIM SIRKETI\b/, "A.S.")
    .replace(/\b(SANAYI|VE|TICARET)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const AR = (n: string) =>
  n
    .replace(/\bAbdul\b|\bABDUL\b/g, "ABD AL")
    .replace(/\bAbdel\b|\bABDEL\b/g, "ABD EL")
    .replace(/\bAL-/g, "EL ");
const tally: Record<"turkish" | "arabic", [number, number]> = { turkish: [0, 0], arabic: [0, 0] };
let negAlerts = 0;
let neg = 0;
const fake = ["ZORLUKAYA", "BEYAZTEPE", "KARAHISAR", "YILDIRIMLAR", "OZDEMIRLER"];
let k = 0;
for (const e of ents)
  for (const n of [e.name, ...e.aliases]) {
    const variants: [keyof typeof tally, string][] = [];
    if (/\b(SANAYI|TICARET|SIRKETI)\b/.test(n)) {
      let en = n;
      for (const [re, to] of TR) en = en.replace(re, to);
      variants.push(["turkish", en], ["turkish", short(n)]);
      // A look-alike: the first word replaced by a made-up one, the Turkish company words kept.
      const words = n.split(" ");
      neg++;
      const q = [fake[k++ % fake.length], ...words.slice(1)].join(" ");
      if (index.screen({ name: q }).matches.some((m: { id: string }) => m.id === e.id)) negAlerts++;
    }
    if (/\b(Abdul|ABDUL|Abdel|ABDEL|AL-)/.test(n)) variants.push(["arabic", AR(n)]);
    for (const [kind, v] of variants) {
      if (v === n) continue;
      tally[kind][0]++;
      if (index.screen({ name: v }).matches[0]?.id === e.id) tally[kind][1]++;
    }
  }
console.log(
  `turkish variants ${tally.turkish[0]}, listed firm on top ${tally.turkish[1]}; arabic variants ${tally.arabic[0]}, listed party on top ${tally.arabic[1]}; look-alikes ${neg}, alerting on the firm ${negAlerts}`,
);
