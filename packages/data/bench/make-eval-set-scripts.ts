/**
 * Builds the second labelled evaluation set, src/screening/eval/queries-scripts.json (issue 12): queries
 * in every script, from real alias data and hand-written renderings, with hard negatives. Frozen once
 * written: npx tsx packages/data/bench/make-eval-set-scripts.ts
 *
 * WRITTEN AFTER THE MATCHER: this set was made on the day the multi-script matcher was written, by the
 * same engineer, knowing its rules. The generated Chinese and Russian renderings use a reverse of the
 * company-word dictionary the matcher also uses (TRADING ↔ 贸易, LLC ↔ ООО); the held-out aliases and the
 * hand-written names are independent of it. Read the figures as coverage of the intended cases.
 *
 * - alias-ofac (Latin): an OFAC alternate name, held out of the index (`holdOut`), as the query. Only
 *   aliases that share a word or a phonetic key with the entity's remaining names are used: a wholly
 *   different alias ("FSM" for a foundation) cannot be linked without the list, whatever the matcher.
 * - alias-native: an OpenSanctions native-script alias (Cyrillic, Japanese), held out with every alias
 *   that normalizes alike, so it must be found through transliteration.
 * - han-firm: an OFAC Chinese firm rendered in hanzi (pinyin syllables → characters from the bench table,
 *   English company words → Chinese); han-firm-handwritten: written by hand with other legal forms.
 * - cyrillic-firm: an OFAC Russian firm rendered in Cyrillic with its legal form (ООО «…», АО «…»).
 * - hangul-person: the North Korean persons of the OFAC sample written in Hangul by hand.
 * - negatives (expected []): the same city and legal form with another distinctive part (Han, Latin,
 *   Cyrillic), common given names and surnames (Russian, Korean), checked not to be listed.
 * - *-negative-shared-word (added 2026-11-30, round 4, appended after the cases above): a listed firm's one
 *   distinctive word with another company word (BAIKAL PLANT LLC for LLC BAIKAL CENTER), Latin, Cyrillic, Han.
 */
import { toCyrillic } from "./latin-to-cyrillic.ts";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import type { Entity, ScreeningQuery } from "../src/screening/model.ts";
import { nameReadings, nameTokens, scriptOf } from "./frozen/normalize-scripts-set.ts";
import { frozenPhoneticKey as phoneticKey } from "./frozen/phonetic-scripts-set.ts";
import { PINYIN } from "./hanzi-by-syllable.ts";

interface EvalCase {
  category: string;
  script: "Latin" | "Cyrillic" | "Han" | "Hangul" | "Japanese";
  query: ScreeningQuery;
  expected: string[];
  /** The alias taken out of the index for this case (with every alias that normalizes alike). */
  holdOut?: { entity: string; alias: string };
}

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
const rand = prng(20261130);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
function shuffled<T>(xs: readonly T[]): T[] {
  const copy = xs.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
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
/** A negative must not be a listed name in any reading, nor carry a listed distinctive word. */
const listedSignature = (name: string) =>
  nameReadings(name).some((r) => bySignature.has([...r.tokens].sort().join(" ")));

const cases: EvalCase[] = [];
const add = (c: EvalCase) => {
  if (cases.some((x) => x.query.name === c.query.name)) return;
  cases.push(c);
};

// --- held-out OFAC aliases (Latin) -------------------------------------------------------------------
const ofac = entities.filter((e) => e.list === "OFAC SDN");
let aliasCount = 0;
for (const e of shuffled(ofac)) {
  if (aliasCount >= 130) break;
  for (const alias of e.aliases) {
    const sig = signature(alias);
    const rest = [e.name, ...e.aliases].filter((n) => signature(n) !== sig);
    if (rest.length === 0 || nameTokens(alias).length === 0) continue;
    const restKeys = new Set(rest.flatMap((n) => nameTokens(n).map(phoneticKey)));
    if (!nameTokens(alias).some((t) => restKeys.has(phoneticKey(t)))) continue;
    // Other entities carrying this exact alias are also correct hits.
    const others = [...(bySignature.get(sig) ?? [])].filter((id) => id !== e.id);
    add({
      category: "alias-ofac",
      script: "Latin",
      query: { name: alias },
      expected: [e.id, ...others].sort(),
      holdOut: { entity: e.id, alias },
    });
    aliasCount++;
    break;
  }
}

// --- held-out native-script aliases from OpenSanctions --------------------------------------------------
for (const e of entities.filter((x) => x.list === "OpenSanctions")) {
  const done = new Set<string>();
  for (const alias of e.aliases) {
    const script = /[\u3040-\u30ff]/.test(alias)
      ? "Japanese"
      : /[\u0400-\u04ff]/.test(alias)
        ? "Cyrillic"
        : /[\u4e00-\u9fff]/.test(alias)
          ? "Han"
          : undefined;
    if (!script) continue;
    const sig = signature(alias);
    if (done.has(sig)) continue;
    done.add(sig);
    const latinNames = [e.name, ...e.aliases].filter(
      (n) => scriptOf(n) === "Latin" && !/[\u3040-\u30ff]/.test(n),
    );
    const expected = new Set([e.id]);
    for (const n of latinNames) for (const id of bySignature.get(signature(n)) ?? []) expected.add(id);
    add({
      category: "alias-native",
      script,
      query: { name: alias },
      expected: [...expected].sort(),
      holdOut: { entity: e.id, alias },
    });
  }
}

// --- Chinese renderings of OFAC Chinese firms ---------------------------------------------------------
const hanziFor = new Map<string, string[]>();
for (const [ch, syl] of PINYIN) hanziFor.set(syl, [...(hanziFor.get(syl) ?? []), ch]);
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
const ZH_WORDS: Record<string, string> = {
  TRADING: "贸易",
  TRADE: "贸易",
  TECHNOLOGY: "科技",
  TECHNOLOGIES: "科技",
  ELECTRONICS: "电子",
  ELECTRONIC: "电子",
  GROUP: "集团",
  INTERNATIONAL: "国际",
  INDUSTRIAL: "实业",
  DEVELOPMENT: "发展",
  INVESTMENT: "投资",
  HOLDING: "控股",
  HOLDINGS: "控股",
  LOGISTICS: "物流",
  SHIPPING: "航运",
  CHEMICAL: "化工",
  ENGINEERING: "工程",
  EQUIPMENT: "设备",
  MACHINERY: "机械",
  MATERIALS: "材料",
  ENERGY: "能源",
  SEMICONDUCTOR: "半导体",
  MICROELECTRONICS: "微电子",
};
const LEGAL = new Set(["CO", "LTD", "LIMITED", "COMPANY", "CORP", "CORPORATION", "INC"]);
const CITIES = [
  "SHENZHEN",
  "SHANGHAI",
  "BEIJING",
  "GUANGZHOU",
  "TIANJIN",
  "DALIAN",
  "XIAMEN",
  "NINGBO",
  "HANGZHOU",
  "QINGDAO",
  "DONGGUAN",
  "ZHUHAI",
  "SUZHOU",
  "NANJING",
  "WUHAN",
  "CHENGDU",
  "CHONGQING",
];
const CITY_HANZI: Record<string, string> = {
  SHENZHEN: "深圳",
  SHANGHAI: "上海",
  BEIJING: "北京",
  GUANGZHOU: "广州",
  TIANJIN: "天津",
  DALIAN: "大连",
  XIAMEN: "厦门",
  NINGBO: "宁波",
  HANGZHOU: "杭州",
  QINGDAO: "青岛",
  DONGGUAN: "东莞",
  ZHUHAI: "珠海",
  SUZHOU: "苏州",
  NANJING: "南京",
  WUHAN: "武汉",
  CHENGDU: "成都",
  CHONGQING: "重庆",
};
/** Hanzi for a pinyin word, one character per syllable (the first in the table, or a random one). */
const hanziWord = (word: string, random: boolean) =>
  segment(word.toLowerCase())
    ?.map((s) => (random ? pick(hanziFor.get(s)!) : hanziFor.get(s)![0]!))
    .join("");
const chineseFirms = ofac.filter(
  (e) =>
    e.schema !== "Person" &&
    (e.countries.includes("CHN") || e.countries.includes("HKG") || CITIES.some((c) => e.name.includes(c))),
);
let hanFirms = 0;
let hanNegatives = 0;
for (const e of shuffled(chineseFirms)) {
  if (hanFirms >= 120) break;
  const words = e.name
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w);
  let ok = true;
  let hasLegal = false;
  let distinct = 0;
  let importExport = false;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (LEGAL.has(w)) {
      hasLegal = true;
      continue;
    }
    if (w === "IMPORT" && words[i + 1] === "EXPORT") {
      out.push("进出口");
      importExport = true;
      i++;
      continue;
    }
    if (CITY_HANZI[w]) {
      out.push(CITY_HANZI[w]!);
      continue;
    }
    if (ZH_WORDS[w]) {
      out.push(ZH_WORDS[w]!);
      continue;
    }
    const h = hanziWord(w, true);
    if (!h) {
      ok = false;
      break;
    }
    out.push(h);
    distinct++;
  }
  if (!ok || distinct === 0 || out.length < 2) continue;
  const legal = hasLegal ? pick(["有限公司", "有限公司", "公司"]) : "";
  add({ category: "han-firm", script: "Han", query: { name: out.join("") + legal }, expected: sameParty(e) });
  hanFirms++;
  void importExport;
  // A hard negative: same city, same company words and legal form, another distinctive part.
  if (hanNegatives < 90) {
    const neg = words
      .filter((w) => !LEGAL.has(w))
      .map((w) => {
        if (CITY_HANZI[w] || ZH_WORDS[w] || w === "IMPORT" || w === "EXPORT") return undefined;
        let other: string;
        do other = pick(syllables) + pick(syllables);
        while (allTokens.has(other) || other === w.toLowerCase());
        return hanziWord(other, true);
      });
    let i = 0;
    const negName =
      out
        .map((part) => {
          const word = words.filter((w) => !LEGAL.has(w) && w !== "EXPORT")[i++];
          const replacement = word ? neg[words.filter((x) => !LEGAL.has(x)).indexOf(word)] : undefined;
          return replacement ?? part;
        })
        .join("") + (legal || "有限公司");
    if (!listedSignature(negName)) {
      add({ category: "han-negative-same-city-form", script: "Han", query: { name: negName }, expected: [] });
      hanNegatives++;
    }
  }
}

// Hand-written Chinese renderings (other legal forms, 商贸 for trade, spaces, full-width brackets).
const byName = (name: string) => {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`not in the sample: ${name}`);
  return sameParty(e);
};
const HANDWRITTEN_ZH: [string, string][] = [
  ["深圳研途进出口有限公司", "SHENZHEN YANTU IMPORT EXPORT CO LTD"],
  ["上海港泉贸易公司", "SHANGHAI GANG QUAN TRADE CO."],
  ["北京诚信贸易有限公司", "BEIJING CHENGXING TRADING CO. LTD."],
  ["北京诚兴贸易有限责任公司", "BEIJING CHENGXING TRADING CO. LTD."],
  ["上海北方开始国际", "SHANGHAI NORTH BEGINS INTERNATIONAL"],
  ["上海东风船务有限公司", "SHANGHAI DONGFENG SHPG CO LTD"],
  ["上海慈顺精细化工有限公司", "SHANGHAI CISHUN FINE CHEMICAL CO, LTD."],
  ["上海轩润航运有限公司", "SHANGHAI XUANRUN SHIPPING COMPANY LIMITED"],
  ["北京云泽科技有限公司", "BEIJING YUNZE TECHNOLOGY CO., LTD."],
  ["北京云泽科技股份有限公司", "BEIJING YUNZE TECHNOLOGY CO., LTD."],
  ["北京嘉禾恒德科技有限公司", "BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED"],
  ["北京尚易先达科技有限公司", "BEIJING SHANGYIXIANDA TECHNOLOGY COMPANY LIMITED"],
  ["北京路诚伟业科技发展有限公司", "BEIJING LUCHENG WEIYE TECHNOLOGY DEVELOPMENT COMPANY LIMITED"],
  ["北京星华恒诚科技发展有限公司", "BEIJING XINGHUA HENGCHENG TECHNOLOGY DEVELOPMENT COMPANY LIMITED"],
  ["芯百微电子（北京）有限公司", "COREBAI MICROELECTRONICS BEIJING COMPANY LIMITED"],
  ["上海圣物流有限公司", "SHANGHAI SAINT LOGISTICS LIMITED"],
  ["上海红漫卡通动画设计工作室", "SHANGHAI HONGMAN CARTOON AND ANIMATION DESIGN STUDIO"],
  ["上海佳锐实业有限公司", "SHANGHAI JARRED INDUSTRIAL CO., LTD."],
  ["智航船舶管理（上海）有限公司", "ZHIHANG SHIP MANAGEMENT SHANGHAI CO LTD"],
  ["瑞驰控股集团（上海）有限公司", "REACH HOLDING GROUP SHANGHAI CO., LTD."],
  ["北京艾利特科技有限公司", "BEIJING ALITE TECHNOLOGIES CO., LTD."],
];
for (const [zh, list] of HANDWRITTEN_ZH)
  add({ category: "han-firm-handwritten", script: "Han", query: { name: zh }, expected: byName(list) });

// --- Cyrillic renderings of OFAC Russian firms --------------------------------------------------------
// Only names OFAC prints in romanized Russian (OOO X, AO X): a name it translates ("LIMITED LIABILITY COMPANY
// INSURANCE BROKER") would come out letter by letter ("Инсуранке"), which no Russian writes. (A first run
// included those; they were dropped after seeing them, and this is said in BENCHMARKS.md.)
const FORMS: [RegExp, string][] = [
  [/^(?:PAO|PUBLICHNOE AKTSIONERNOE OBSHCHESTVO) /, "ПАО"],
  [/^(?:OAO|OTKRYTOE AKTSIONERNOE OBSHCHESTVO) /, "ОАО"],
  [/^(?:ZAO|ZAKRYTOE AKTSIONERNOE OBSHCHESTVO) /, "ЗАО"],
  [/^(?:AO|AKTSIONERNOE OBSHCHESTVO) /, "АО"],
  [/^(?:OOO|OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU) /, "ООО"],
];
/** The common rules, then the letters BGN leaves to loanwords. */
const toCyrillicName = (latin: string) =>
  toCyrillic(latin, [
    [/x/g, "кс"],
    [/c/g, "к"],
    [/w/g, "в"],
    [/h/g, "х"],
    [/j/g, "дж"],
    [/q/g, "к"],
  ]);
const russianFirms = ofac.filter(
  (e) => e.schema !== "Person" && e.countries.includes("RUS") && FORMS.some(([re]) => re.test(e.name)),
);
let ruFirms = 0;
let ruNegatives = 0;
for (const e of shuffled(russianFirms)) {
  if (ruFirms >= 70) break;
  const form = FORMS.find(([re]) => re.test(e.name))!;
  const rest = e.name
    .replace(form[0], "")
    .replace(/[^A-Z0-9 -]+/g, " ")
    .trim();
  if (!rest || /\d/.test(rest)) continue;
  const cyr = toCyrillicName(rest);
  add({
    category: "cyrillic-firm",
    script: "Cyrillic",
    query: { name: `${form[1]} «${cyr}»` },
    expected: sameParty(e),
  });
  ruFirms++;
  if (ruNegatives < 45) {
    const words = rest.split(/\s+/);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length < 5) continue;
    const altered = `${longest.slice(0, 2)}${pick(["ver", "lan", "tor", "mir", "sib", "kom", "ros"])}${pick(["teks", "prom", "stroy", "invest", "servis"])}`;
    if (allTokens.has(altered.toLowerCase())) continue;
    const negName = `${form[1]} «${toCyrillicName(words.map((w) => (w === longest ? altered : w)).join(" "))}»`;
    if (!listedSignature(negName)) {
      add({
        category: "cyrillic-negative-same-form",
        script: "Cyrillic",
        query: { name: negName },
        expected: [],
      });
      ruNegatives++;
    }
  }
}

// Common Russian names (surname, given name, patronymic) that are not listed.
const RU_SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
];
const RU_GIVEN = [
  "Александр",
  "Сергей",
  "Дмитрий",
  "Андрей",
  "Алексей",
  "Максим",
  "Евгений",
  "Иван",
  "Михаил",
  "Артём",
  "Николай",
  "Владимир",
];
const RU_PATRONYMIC = [
  "Александрович",
  "Сергеевич",
  "Владимирович",
  "Николаевич",
  "Петрович",
  "Иванович",
  "Михайлович",
];
let ruPersons = 0;
for (let guard = 0; ruPersons < 45 && guard < 2000; guard++) {
  const name = `${pick(RU_SURNAMES)} ${pick(RU_GIVEN)} ${pick(RU_PATRONYMIC)}`;
  if (listedSignature(name)) continue;
  // Not listed as surname + given name either (lists often omit the patronymic).
  const [s, g] = name.split(" ");
  if (listedSignature(`${s} ${g}`)) continue;
  const before = cases.length;
  add({ category: "cyrillic-negative-common-name", script: "Cyrillic", query: { name }, expected: [] });
  if (cases.length > before) ruPersons++;
}

// --- Latin: same city prefix and legal form, another distinctive word --------------------------------
const FILLER = [
  "ORIENT",
  "GOLDEN",
  "BRIGHT",
  "UNITY",
  "PEARL",
  "SUMMIT",
  "HARMONY",
  "FORTUNE",
  "VICTORY",
  "JADE",
  "SILVER",
  "CRYSTAL",
  "OCEAN",
  "PHOENIX",
  "MAPLE",
];
const LATIN_FORMS = [
  "TRADING CO LTD",
  "TECHNOLOGY CO., LTD.",
  "IMPORT EXPORT CO LTD",
  "ELECTRONICS CO LTD",
  "INTERNATIONAL TRADING LIMITED",
  "INDUSTRIAL CO., LTD.",
];
let latinNegatives = 0;
for (let guard = 0; latinNegatives < 60 && guard < 2000; guard++) {
  const name = `${pick(CITIES)} ${pick(FILLER)} ${pick(FILLER)} ${pick(LATIN_FORMS)}`;
  if (listedSignature(name)) continue;
  const before = cases.length;
  add({ category: "latin-negative-same-city-form", script: "Latin", query: { name }, expected: [] });
  if (cases.length > before) latinNegatives++;
}

// --- Korean: the North Korean persons of the sample, written in Hangul by hand -------------------------
const HANGUL_PERSONS: [string, string][] = [
  ["김광일", "KIM, Kwang-Il"],
  ["연정남", "YO'N, Cho'ng-Nam"],
  ["고철재", "KO, Ch'o'l-Chae"],
  ["조철송", "JO, Chol Song"],
  ["김문철", "KIM, Mun Chol"],
  ["배원욱", "PAE, Won Uk"],
  ["강민", "KANG, Min"],
  ["김종만", "KIM, Jong Man"],
  ["문경환", "MUN, Kyong Hwan"],
  ["최석민", "CH'OE, So'k-min"],
  ["박철남", "PAK, Chol Nam"],
  ["리호남", "RI, Ho Nam"],
  ["박문일", "PAK, Mun Il"],
  ["차승준", "CHA, Sung Jun"],
  ["구승섭", "KU, Sung Sop"],
  ["고일환", "KO, Il Hwan"],
  ["백종삼", "PAEK, Jong Sam"],
  ["리덕진", "RI, Tok Jin"],
  ["정만복", "JONG, Man Bok"],
  ["김만춘", "KIM, Man Chun"],
  ["김경학", "KIM, Kyong Hak"],
  ["김평찬", "KIM, Pyong Chan"],
  ["김성", "KIM, Song"],
  ["량태철", "RYANG, Tae Chol"],
  ["림용혁", "RIM, Yong Hyok"],
  ["라경수", "RA, Kyong-Su"],
];
for (const [hangul, list] of HANGUL_PERSONS) {
  if (!entities.some((x) => x.name === list)) continue;
  add({ category: "hangul-person", script: "Hangul", query: { name: hangul }, expected: byName(list) });
}
const KO_SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"];
const KO_GIVEN = [
  "민준",
  "서연",
  "지훈",
  "하은",
  "도윤",
  "수빈",
  "예준",
  "지아",
  "현우",
  "서윤",
  "건우",
  "유진",
  "태희",
  "승현",
];
let koNegatives = 0;
for (let guard = 0; koNegatives < 30 && guard < 2000; guard++) {
  const name = pick(KO_SURNAMES) + pick(KO_GIVEN);
  if (listedSignature(name)) continue;
  const before = cases.length;
  add({ category: "hangul-negative-common-name", script: "Hangul", query: { name }, expected: [] });
  if (cases.length > before) koNegatives++;
}

// --- Hard negatives (2026-11-30, round 4): a listed firm's one distinctive word, another firm word -------
// Written after the first 573 cases and appended after them with its own seeded generator, so the earlier
// cases stay byte for byte. A listed firm whose name is one distinctive word plus words saying what kind of
// firm it is (LLC BAIKAL CENTER) is queried as that word with another such word (BAIKAL ELECTRONICS JSC): two
// different firms share the word, as firms named after a lake, a city or a founder do. The word list below
// is this generator's own (not the matcher's dictionary); a pair is used only when no listed name carries
// the distinctive word together with the query's firm word, and the query is no listed name in any reading.
const FIRM_WORDS: Record<string, { latin: string; cyrillic: string; han?: string }> = {
  trading: { latin: "TRADING", cyrillic: "Трейдинг", han: "贸易" },
  technology: { latin: "TECHNOLOGIES", cyrillic: "Технологии", han: "科技" },
  electronics: { latin: "ELECTRONICS", cyrillic: "Электроника", han: "电子" },
  logistics: { latin: "LOGISTICS", cyrillic: "Логистик", han: "物流" },
  shipping: { latin: "SHIPPING", cyrillic: "Шиппинг", han: "航运" },
  engineering: { latin: "ENGINEERING", cyrillic: "Инжиниринг", han: "工程" },
  machinery: { latin: "MACHINERY", cyrillic: "Машиностроение", han: "机械" },
  energy: { latin: "ENERGY", cyrillic: "Энергия", han: "能源" },
  chemical: { latin: "CHEMICAL", cyrillic: "Химия", han: "化工" },
  investment: { latin: "INVESTMENT", cyrillic: "Инвест", han: "投资" },
  holding: { latin: "HOLDING", cyrillic: "Холдинг", han: "控股" },
  plant: { latin: "PLANT", cyrillic: "Завод" },
  center: { latin: "CENTER", cyrillic: "Центр" },
  bank: { latin: "BANK", cyrillic: "Банк" },
  materials: { latin: "MATERIALS", cyrillic: "Материалы", han: "材料" },
  equipment: { latin: "EQUIPMENT", cyrillic: "Оборудование", han: "设备" },
};
/** Words that say what kind of firm it is, as they come out of the (frozen) tokenizer. */
const KIND_WORDS = new Set([
  ...Object.keys(FIRM_WORDS),
  ..."centre group international industrial development import export semiconductor microelectronics research institute production manufacturing services systems science concern association enterprise house branch department directorate administration command bureau office division company".split(
    " ",
  ),
]);
const PLACES = new Set([
  ...CITIES.map((c) => c.toLowerCase()),
  "hong",
  "kong",
  "china",
  "russia",
  "moscow",
  "iran",
  "korea",
  "saint",
  "petersburg",
]);
const hardRand = prng(202611304);
const hardPick = <T>(xs: readonly T[]): T => xs[Math.floor(hardRand() * xs.length)]!;
const entitiesWith = new Map<string, Set<string>>();
const wordsNear = new Map<string, Set<string>>();
for (const e of entities) {
  for (const n of [e.name, ...e.aliases]) {
    const ts = nameTokens(n);
    for (const t of ts) {
      if (!entitiesWith.has(t)) entitiesWith.set(t, new Set());
      entitiesWith.get(t)!.add(e.id);
      if (!wordsNear.has(t)) wordsNear.set(t, new Set());
      for (const u of ts) wordsNear.get(t)!.add(u);
    }
  }
}
interface OneWordFirm {
  entity: Entity;
  word: string;
  kinds: string[];
}
const oneWordFirms: OneWordFirm[] = [];
for (const e of ofac) {
  if (e.schema === "Person") continue;
  const ts = nameTokens(e.name);
  const distinctive = ts.filter((t) => !KIND_WORDS.has(t) && !PLACES.has(t));
  const kinds = ts.filter((t) => KIND_WORDS.has(t));
  const word = distinctive[0];
  if (distinctive.length !== 1 || !word || kinds.length === 0) continue;
  if (word.length < 4 || /\d/.test(word) || (entitiesWith.get(word)?.size ?? 0) > 3) continue;
  oneWordFirms.push({ entity: e, word, kinds });
}
/** A firm word the listed names never put beside `word`, or undefined. */
const otherKind = (f: OneWordFirm, script: "latin" | "cyrillic" | "han") => {
  const near = wordsNear.get(f.word) ?? new Set<string>();
  const options = Object.keys(FIRM_WORDS).filter(
    (k) => !near.has(k) && !f.kinds.includes(k) && (script !== "han" || FIRM_WORDS[k]!.han),
  );
  return options.length === 0 ? undefined : hardPick(options);
};
const HARD_LATIN_FORMS = ["LLC", "JSC", "CO LTD", "LIMITED", "LLC", "JSC"];
let hardLatin = 0;
let hardCyrillic = 0;
let hardHan = 0;
for (const f of oneWordFirms) {
  const kind = otherKind(f, "latin");
  if (!kind || hardLatin >= 60) continue;
  const form = hardPick(HARD_LATIN_FORMS);
  const core = `${f.word.toUpperCase()} ${FIRM_WORDS[kind]!.latin}`;
  const name = hardRand() < 0.5 ? `${form} ${core}` : `${core} ${form}`;
  if (listedSignature(name)) continue;
  const before = cases.length;
  add({ category: "latin-negative-shared-word", script: "Latin", query: { name }, expected: [] });
  if (cases.length > before) hardLatin++;
}
for (const f of oneWordFirms.filter((x) => x.entity.countries.includes("RUS"))) {
  const kind = otherKind(f, "cyrillic");
  if (!kind || hardCyrillic >= 30 || !/^[a-z]+$/.test(f.word)) continue;
  const form = hardPick(["ООО", "АО", "ООО", "ПАО"]);
  const word = toCyrillicName(f.word);
  const name = `${form} «${word.charAt(0).toUpperCase()}${word.slice(1)} ${FIRM_WORDS[kind]!.cyrillic}»`;
  if (listedSignature(name)) continue;
  const before = cases.length;
  add({ category: "cyrillic-negative-shared-word", script: "Cyrillic", query: { name }, expected: [] });
  if (cases.length > before) hardCyrillic++;
}
for (const f of oneWordFirms) {
  if (hardHan >= 30) break;
  const inChina =
    f.entity.countries.includes("CHN") ||
    f.entity.countries.includes("HKG") ||
    CITIES.some((c) => f.entity.name.includes(c));
  if (!inChina) continue;
  const kind = otherKind(f, "han");
  const hanzi = segment(f.word)
    ?.map((s) => hardPick(hanziFor.get(s)!))
    .join("");
  if (!kind || !hanzi) continue;
  const city = CITIES.find((c) => f.entity.name.includes(c));
  const name = `${city ? CITY_HANZI[city]! : ""}${hanzi}${FIRM_WORDS[kind]!.han!}有限公司`;
  if (listedSignature(name)) continue;
  const before = cases.length;
  add({ category: "han-negative-shared-word", script: "Han", query: { name }, expected: [] });
  if (cases.length > before) hardHan++;
}

const out = join(dirname(fileURLToPath(import.meta.url)), "../src/screening/eval/queries-scripts.json");
writeFileSync(out, `${JSON.stringify(cases, null, 1)}\n`);
const counts: Record<string, number> = {};
for (const c of cases) counts[c.category] = (counts[c.category] ?? 0) + 1;
process.stdout.write(`${cases.length} cases ${JSON.stringify(counts)}\n`);
