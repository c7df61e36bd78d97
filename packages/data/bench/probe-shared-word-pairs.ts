/**
 * Real pairs of listed firms that share one distinctive word and say different things besides (LLC BAIKAL
 * CENTER / BAIKAL ELECTRONICS JSC, ALFA LOGISTICS FZCO / ALFA MACHINERY GROUP): each firm's listed name is
 * screened against the shipped samples with that firm's own entity removed, and the probe counts how often it
 * alerts on the other firm of the pair (threshold 0.8). Counts only, no timing. Pairs are found with the
 * matcher's own company-word dictionary (a firm's other words are "company words" by that list), so this
 * measures the intended case on real names, not an independent set.
 *   npx tsx packages/data/bench/probe-shared-word-pairs.ts [ROOT]
 * ROOT: another checkout of the repository (e.g. an older commit extracted with `git archive`) to compare.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(process.argv[2] ?? new URL("../../..", import.meta.url).pathname);
const at = (p: string) => pathToFileURL(resolve(root, "packages/data/src/screening", p)).href;
const { loadSampleEntities } = await import(at("load-entities.ts"));
const { nameTokens } = await import(at("normalize.ts"));
const { ScreeningIndex } = await import(at("screening-index.ts"));
const { COMPANY_WORDS, PLACE_WORDS } = await import(at("scripts/company-words.ts"));

interface Firm {
  id: string;
  name: string;
  word: string;
  kinds: string[];
}
const entities = (await loadSampleEntities()) as {
  id: string;
  name: string;
  schema: string;
  aliases: string[];
}[];
const byWord = new Map<string, Firm[]>();
for (const e of entities) {
  if (e.schema === "Person") continue;
  const tokens: string[] = nameTokens(e.name);
  const distinctive = tokens.filter((t) => !COMPANY_WORDS.has(t) && !PLACE_WORDS.has(t));
  const kinds = tokens.filter((t) => COMPANY_WORDS.has(t));
  const word = distinctive[0];
  if (distinctive.length !== 1 || !word || word.length < 4 || kinds.length === 0) continue;
  byWord.set(word, [...(byWord.get(word) ?? []), { id: e.id, name: e.name, word, kinds }]);
}
let pairs = 0;
let alerts = 0;
const lines: string[] = [];
for (const firms of byWord.values()) {
  for (const a of firms)
    for (const b of firms) {
      if (a.id === b.id || a.name === b.name) continue;
      // Different kinds on both sides: each has a company word the other lacks.
      if (a.kinds.every((k) => b.kinds.includes(k)) || b.kinds.every((k) => a.kinds.includes(k))) continue;
      pairs++;
      const index = new ScreeningIndex(entities.filter((e) => e.id !== a.id));
      const hit = index.screen({ name: a.name }).matches.find((m: { id: string }) => m.id === b.id);
      const score = index
        .screen({ name: a.name }, { threshold: 0, limit: 50 })
        .matches.find((m: { id: string }) => m.id === b.id)?.score;
      if (hit) alerts++;
      lines.push(`${hit ? "ALERT" : "     "} ${a.name} → ${b.name} (${score ?? "not among 50"})`);
    }
}
for (const l of lines) console.log(l);
console.log(`${alerts} of ${pairs} ordered pairs alert on the other firm (root ${root})`);
