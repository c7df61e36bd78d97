/**
 * Common words of Russian firm and agency names, romanized as lists print them, with the English words the
 * same lists use when they translate the name: OFAC often carries one body under both (GLAVNOE
 * RAZVEDYVATEL'NOE UPRAVLENIE / MAIN INTELLIGENCE DIRECTORATE, ZAVOD / PLANT). Keys are stems; a word is
 * the stem followed by a Russian inflection ending (`ENDING`), so AVIATSIONNYY, AVIATSIONNAYA and
 * AVIATSIONNOGO are one word and GAZPROM is not GAZ. English targets are spelt as `nameTokens` leaves them
 * (INDUSTRIES → industrial). A translated pair is matched, never folded: the Russian word stays a word of
 * its own, so acronyms still read its initials (ARZ = aviatsionny remontny zavod).
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  aviatsionn: "aviation aircraft",
  avtomobiln: "automotive",
  atomn: "atomic nuclear",
  baltiysk: "baltic",
  bezopasnost: "security",
  byuro: "bureau",
  chist: "clean",
  elektronn: "electronics electronic",
  energetichesk: "energy power",
  federaln: "federal",
  finansov: "financial",
  flot: "fleet",
  // GAZY (gases) but not GAZ alone, which would also read GAZA as "gas".
  gazy: "gas gases",
  gazov: "gas",
  glavn: "main chief",
  gosudarstvenn: "state",
  informatsionn: "information",
  instrumentaln: "tool instrument",
  investitsi: "investment",
  khimichesk: "chemical",
  kombinat: "plant combine works",
  konstruktorsk: "design",
  kosmichesk: "space",
  mashinostroiteln: "engineering",
  mekhanichesk: "mechanical",
  metallurgichesk: "metallurgical",
  morsk: "marine maritime sea",
  neftyan: "oil petroleum",
  oboronn: "defense defence",
  optichesk: "optical",
  priborostroiteln: "instrument",
  promyshlenn: "industrial",
  raketn: "missile rocket",
  razvedyvateln: "intelligence",
  remontn: "repair",
  resurs: "resources",
  severn: "northern north",
  sistem: "systems system",
  stroiteln: "construction building",
  sudostroiteln: "shipbuilding",
  svyaz: "communication communications",
  tekhnichesk: "technology",
  tekhnologichesk: "technology",
  torgov: "trading",
  transportn: "transport",
  tsentr: "center",
  tsentraln: "central",
  upravleni: "directorate administration department",
  voenn: "military",
  voyenn: "military",
  vostochn: "eastern east",
  yadern: "nuclear",
  yuzhn: "southern south",
  zapadn: "western west",
  zavod: "plant factory works",
  zvezd: "star",
  // Industry, product and scope words of Russian (and Ukrainian / Belarusian) firm names, as lists translate
  // them: a general table of what firms make or do (TABAK → TOBACCO, STAL → STEEL, NEFT → OIL), not taken
  // from any listed name. Words that are as often a firm's own name (ALMAZ, ZOLOTOI, AVTOMATIKA) are left out.
  akademi: "academy",
  dvigatel: "engine engines",
  elektrotekhnichesk: "electrical",
  farmatsevtichesk: "pharmaceutical",
  gornodobyvayushch: "mining",
  innovatsionn: "innovation innovative",
  inzhenern: "engineering",
  issledovatelsk: "research",
  kabeln: "cable",
  khimi: "chemical chemicals",
  laboratori: "laboratory",
  mashinostroeni: "engineering",
  metall: "metal metals",
  mezhdunarodn: "international",
  natsionaln: "national",
  nauchn: "scientific",
  neft: "oil petroleum",
  obyedinenn: "united",
  proizvodstvenn: "production",
  radioelektronn: "radioelectronics",
  rossiysk: "russian",
  samolet: "aircraft",
  samolyot: "aircraft",
  stal: "steel",
  stankostroiteln: "machine",
  strakhov: "insurance",
  tabachn: "tobacco",
  tabak: "tobacco",
  tekhnik: "equipment technology",
  tsvetn: "nonferrous",
  universitet: "university",
  vertolet: "helicopter helicopters",
  vertolyot: "helicopter helicopters",
};

/** Russian inflection endings (romanized) after a stem: -yy, -aya, -oe, -ogo, -ykh, -iye, -a, -u… or none. */
const ENDING = /^(?:[aeiouy]{0,3}|[aeiouy]{1,2}(?:go|vo|m|mu|kh|j|ye|ya)|[aeiouy]?j)$/;

const BY_HEAD = new Map<string, [string, readonly string[]][]>();
for (const [stem, english] of Object.entries(GLOSSARY)) {
  const head = stem.slice(0, 3);
  const list = BY_HEAD.get(head) ?? [];
  list.push([stem, english.split(" ")]);
  BY_HEAD.set(head, list);
}

/** The English words a romanized Russian word translates to, or undefined. */
export function englishOf(token: string): readonly string[] | undefined {
  const entries = BY_HEAD.get(token.slice(0, 3));
  if (!entries) return undefined;
  let best: readonly string[] | undefined;
  let bestLength = 0;
  for (const [stem, english] of entries)
    if (stem.length > bestLength && token.startsWith(stem) && ENDING.test(token.slice(stem.length))) {
      best = english;
      bestLength = stem.length;
    }
  return best;
}

/**
 * For an English word lists translate a Russian one to, the first letters of the Russian words it stands for
 * (PLANT → k, z for KOMBINAT, ZAVOD): a Russian acronym keeps the Russian initials when the list prints the
 * name in English (ARZ for AIRCRAFT REPAIR PLANT = Aviatsionny Remontny Zavod). Empty for other words.
 */
export function russianInitialsOf(english: string): string {
  return RUSSIAN_INITIALS.get(english) ?? "";
}

const RUSSIAN_INITIALS = new Map<string, string>();
for (const [stem, english] of Object.entries(GLOSSARY))
  for (const word of english.split(" ")) {
    const letters = RUSSIAN_INITIALS.get(word) ?? "";
    if (!letters.includes(stem.charAt(0))) RUSSIAN_INITIALS.set(word, letters + stem.charAt(0));
  }
