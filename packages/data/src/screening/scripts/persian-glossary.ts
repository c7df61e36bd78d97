/**
 * Common words of Iranian firm and agency names, romanized as OFAC prints them, with the English words the
 * same lists use when they translate the name (SAZMAN-E SANAYE HAVAI / AEROSPACE INDUSTRIES ORGANIZATION,
 * SEPAH-E PASDARAN / REVOLUTIONARY GUARDS CORPS). A general table of the nouns of organisation, industry
 * and scope that such names are built from, not taken from any listed name. Words that are mostly a
 * firm's own name (TEJARAT, SADERAT and MELLI, each in a bank's name; SHAHID, a person's title) are left out.
 * A word may carry the ezafe or adjective ending (-e, -ye, -i: SANAYE-E, HAVAII) and several spellings
 * (ENGHELAB, ENQELAB). English targets are spelt as `nameTokens` leaves them (INDUSTRIES → industrial).
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  sepah: "corps",
  pasdaran: "guards guard",
  enghelab: "revolution revolutionary",
  enqelab: "revolution revolutionary",
  eslami: "islamic",
  sazman: "organization",
  sazeman: "organization",
  sanaye: "industrial",
  sanayeh: "industrial",
  sanati: "industrial",
  havai: "air",
  havapeymai: "aviation aircraft",
  havafaza: "aerospace",
  vezarat: "ministry",
  defa: "defense defence",
  defaa: "defense defence",
  naft: "oil petroleum",
  markaz: "center",
  tahghighat: "research",
  tahqiqat: "research",
  pazhuheshgah: "research institute",
  pajoheshgah: "research institute",
  daneshgah: "university",
  daryai: "marine naval",
  niru: "force forces",
  niroo: "force forces",
  artesh: "army",
  keshtirani: "shipping",
  bazargani: "trading commercial",
  mohandesi: "engineering",
  tose: "development",
  toseh: "development",
  fanavari: "technology",
  amniat: "security",
  etelaat: "intelligence information",
  mushaki: "missile",
  mooshaki: "missile",
};

/** The ezafe or adjective endings a Persian word may carry as written onto it (-e, -ye, -i, -ie, -ii). */
const ENDINGS = ["", "e", "ye", "i", "ie", "ii", "ei"];

const BY_WORD = new Map<string, readonly string[]>();
for (const [word, english] of Object.entries(GLOSSARY))
  for (const ending of ENDINGS)
    if (!BY_WORD.has(word + ending)) BY_WORD.set(word + ending, english.split(" "));

/** The English words a romanized Persian word translates to, or undefined. */
export function persianEnglishOf(token: string): readonly string[] | undefined {
  return BY_WORD.get(token);
}
