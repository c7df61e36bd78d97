/**
 * Legal forms and common company words per script, mapped to the Latin forms that sanctions lists print.
 * Legal forms (CO LTD, LLC, JSC…) are then dropped from the comparison; company words (TRADING,
 * TECHNOLOGY…) are kept but weigh little (`COMPANY_WORD_WEIGHT`), so the distinctive part of a name decides.
 * Longer entries first within a script: 股份有限公司 must win over 有限公司.
 */
export const HAN_COMPANY_WORDS: readonly (readonly [string, string])[] = [
  ["股份有限公司", "co ltd"],
  ["有限责任公司", "co ltd"],
  ["集团有限公司", "group co ltd"],
  ["有限公司", "co ltd"],
  // Japanese legal forms, written in kanji: 株式会社 (kabushiki kaisha), 有限会社 (yūgen kaisha), 合同会社.
  // Longer first: 公開 株式会社 written apart is read word by word (公開 alone is "public", a legal form).
  // 公開株式会社: a public joint-stock company (ПАО/PJSC as Japanese lists of Russian firms write it).
  ["公開株式会社", "pjsc"],
  ["株式会社", "co ltd"],
  ["有限会社", "co ltd"],
  ["合同会社", "llc"],
  ["公開", "public"],
  ["分公司", "branch"],
  ["公司", "company"],
  ["进出口", "import export"],
  ["微电子", "microelectronics"],
  ["半导体", "semiconductor"],
  ["研究所", "research institute"],
  ["研究院", "research institute"],
  ["贸易", "trading"],
  ["商贸", "trading"],
  ["经贸", "trading"],
  ["科技", "technology"],
  ["技术", "technology"],
  ["电子", "electronics"],
  ["集团", "group"],
  ["国际", "international"],
  ["实业", "industrial"],
  ["工业", "industrial"],
  ["发展", "development"],
  ["投资", "investment"],
  ["控股", "holding"],
  ["物流", "logistics"],
  ["航运", "shipping"],
  ["船务", "shipping"],
  // Industry and activity words of Chinese firm names, as lists translate them (精细化工 → FINE CHEMICAL).
  // Longer first: 精细化工 before 化工, 新材料 before 材料, 供应链 before any shorter word.
  ["精细化工", "fine chemical"],
  ["新材料", "new materials"],
  ["新能源", "new energy"],
  ["供应链", "supply chain"],
  ["自动化", "automation"],
  ["实验室", "laboratory"],
  ["工作室", "studio"],
  ["化工", "chemical"],
  ["船舶", "ship"],
  ["管理", "management"],
  ["咨询", "consulting"],
  ["服务", "services"],
  ["设计", "design"],
  ["医药", "pharmaceutical"],
  ["光电", "optoelectronics"],
  ["光学", "optical"],
  ["通信", "communication"],
  ["通讯", "communication"],
  ["网络", "network"],
  ["软件", "software"],
  ["信息", "information"],
  ["智能", "intelligent"],
  ["仪器", "instrument"],
  ["精密", "precision"],
  ["航空", "aviation"],
  ["航天", "aerospace"],
  ["汽车", "automotive"],
  ["文化", "culture"],
  ["传媒", "media"],
  ["商务", "business"],
  ["动画", "animation"],
  ["卡通", "cartoon"],
  ["电气", "electric"],
  ["环保", "environmental"],
  ["运输", "transport"],
  ["货运", "freight"],
  ["代理", "agency"],
  ["配件", "parts"],
  ["五金", "hardware"],
  ["数码", "digital"],
  ["制造", "manufacturing"],
  ["企业", "enterprise"],
  ["工程", "engineering"],
  ["设备", "equipment"],
  ["机械", "machinery"],
  ["材料", "materials"],
  ["能源", "energy"],
  ["香港", "hong kong"],
  // Common words of Chinese firm names beyond the company words above, as lists translate them when they
  // print a firm in English (北方 → NORTH, 钢铁 → STEEL, 石油 → PETROLEUM). A general table of the industry,
  // product, direction and scope words firms put in their names, not taken from any evaluation case; they
  // weigh as ordinary words (rarity decides). After the entries above, so 机械 and 电子 are read first, and
  // longer entries before the shorter ones they contain (集成电路 before 电路, 研究中心 before 中心).
  ["集成电路", "integrated circuit"],
  ["医疗器械", "medical equipment"],
  ["研究中心", "research center"],
  ["有色金属", "nonferrous metals"],
  ["天然气", "natural gas"],
  ["太阳能", "solar"],
  ["机器人", "robotics"],
  ["计算机", "computer"],
  ["互联网", "internet"],
  ["元器件", "components"],
  ["传感器", "sensor"],
  ["工艺品", "crafts"],
  ["房地产", "real estate"],
  ["钢铁", "steel"],
  ["特钢", "special steel"],
  ["石油", "petroleum"],
  ["石化", "petrochemical"],
  ["化学", "chemical"],
  ["化纤", "chemical fiber"],
  ["矿业", "mining"],
  ["矿产", "minerals"],
  ["冶金", "metallurgical"],
  ["金属", "metals"],
  ["合金", "alloy"],
  ["铝业", "aluminium"],
  ["稀土", "rare earth"],
  ["煤炭", "coal"],
  ["燃气", "gas"],
  ["电力", "power"],
  ["光伏", "photovoltaic"],
  ["电池", "battery"],
  ["电器", "electrical"],
  ["机电", "electromechanical"],
  ["电机", "motor"],
  ["电缆", "cable"],
  ["线缆", "cable"],
  ["电路", "circuit"],
  ["芯片", "chip"],
  ["器件", "devices"],
  ["仪表", "instruments"],
  ["器材", "equipment"],
  ["装备", "equipment"],
  ["机床", "machine tool"],
  ["轴承", "bearing"],
  ["阀门", "valve"],
  ["重工", "heavy industries"],
  ["重型", "heavy"],
  ["特种", "special"],
  ["激光", "laser"],
  ["雷达", "radar"],
  ["导航", "navigation"],
  ["卫星", "satellite"],
  ["控制", "control"],
  ["系统", "systems"],
  ["工具", "tools"],
  ["建设", "construction"],
  ["建筑", "construction"],
  ["建材", "building materials"],
  ["纺织", "textile"],
  ["服装", "garment"],
  ["食品", "food"],
  ["农业", "agricultural"],
  ["生物", "biological"],
  ["医疗", "medical"],
  ["制药", "pharmaceutical"],
  ["药业", "pharmaceutical"],
  ["塑料", "plastics"],
  ["橡胶", "rubber"],
  ["珠宝", "jewellery"],
  ["黄金", "gold"],
  ["钻石", "diamond"],
  ["烟草", "tobacco"],
  ["家具", "furniture"],
  ["玩具", "toys"],
  ["包装", "packaging"],
  ["印刷", "printing"],
  ["广告", "advertising"],
  ["造船", "shipbuilding"],
  ["海运", "shipping"],
  ["海洋", "ocean"],
  ["港口", "port"],
  ["铁路", "railway"],
  ["交通", "transportation"],
  ["快递", "express"],
  ["电信", "telecommunications"],
  ["电脑", "computer"],
  ["数据", "data"],
  ["安防", "security"],
  ["安全", "security"],
  ["防务", "defense"],
  ["国防", "national defense"],
  ["检测", "testing"],
  ["开发", "development"],
  ["研发", "research development"],
  ["中心", "center"],
  ["金融", "financial"],
  ["银行", "bank"],
  ["保险", "insurance"],
  ["证券", "securities"],
  ["资本", "capital"],
  ["基金", "fund"],
  ["资产", "assets"],
  ["置业", "property"],
  ["酒店", "hotel"],
  ["旅游", "travel"],
  ["教育", "education"],
  ["影视", "film"],
  ["娱乐", "entertainment"],
  ["商业", "commercial"],
  ["产业", "industrial"],
  ["外贸", "foreign trading"],
  ["供应", "supply"],
  ["北方", "north"],
  ["南方", "south"],
  ["东方", "oriental"],
  ["西部", "western"],
  ["中央", "central"],
  ["环球", "global"],
  ["全球", "global"],
  ["亚太", "asia pacific"],
  ["亚洲", "asia"],
  ["太平洋", "pacific"],
  ["联合", "united"],
  ["国家", "national"],
  ["长城", "great wall"],
  ["中国", "china"],
];

/** Cyrillic forms, matched as whole words on lower-cased text ("«…»" quotes fall away as punctuation). */
export const CYRILLIC_COMPANY_WORDS: readonly (readonly [string, string])[] = [
  ["общество с ограниченной ответственностью", "llc"],
  // Ukrainian and Belarusian legal forms, written out in full only: their acronyms (ТОВ aside, below) are
  // three letters that other words of a name spell too (ПАТ, ЗАТ, ТАА), so they are not dropped.
  ["товариство з обмеженою відповідальністю", "llc"],
  ["таварыства з абмежаванай адказнасцю", "llc"],
  ["приватне акціонерне товариство", "jsc"],
  ["публічне акціонерне товариство", "pjsc"],
  ["акціонерне товариство", "jsc"],
  ["адкрытае акцыянернае таварыства", "ojsc"],
  ["закрытае акцыянернае таварыства", "cjsc"],
  ["акцыянернае таварыства", "jsc"],
  ["публичное акционерное общество", "pjsc"],
  ["открытое акционерное общество", "ojsc"],
  ["закрытое акционерное общество", "cjsc"],
  ["акционерное общество", "jsc"],
  ["научно-исследовательский институт", "nii"],
  ["научно-производственное объединение", "npo"],
  ["научно-производственное предприятие", "npp"],
  ["федеральное государственное унитарное предприятие", "fgup"],
  ["торговый дом", "trading house"],
  ["ооо", "llc"],
  ["тов", "llc"],
  ["пао", "pjsc"],
  ["оао", "ojsc"],
  ["зао", "cjsc"],
  ["ао", "jsc"],
  ["ип", "ip"],
  ["нии", "nii"],
  ["нпо", "npo"],
  ["нпп", "npp"],
  ["нпк", "npk"],
  ["нпц", "npts"],
  ["окб", "okb"],
  ["кб", "kb"],
  ["фгуп", "fgup"],
  ["группа", "group"],
  ["концерн", "concern"],
  ["завод", "plant"],
  ["холдинг", "holding"],
];

export const HANGUL_COMPANY_WORDS: readonly (readonly [string, string])[] = [
  ["주식회사", "co ltd"],
  ["유한회사", "co ltd"],
  ["(주)", "co ltd"],
  ["㈜", "co ltd"],
  ["회사", "company"],
  ["무역", "trading"],
  ["전자", "electronics"],
  ["기술", "technology"],
  ["그룹", "group"],
  ["은행", "bank"],
  ["상사", "trading"],
];

/**
 * Latin legal forms and filler words that say nothing about who an entity is (English, romanized
 * Russian, German, French…). They are dropped from the comparison.
 */
export const LEGAL_FORMS = new Set(
  (
    "llc ltd limited co company inc incorporated corp corporation plc gmbh ag sa srl sarl bv nv oy ab jsc ojsc cjsc " +
    "pjsc ooo oao zao pao ao tov llp lp fze fzco fzc pte pvt private public joint stock closed open the and of liability " +
    "obshchestvo ogranichennoy ogranichennoi ogranichennoj otvetstvennostyu otvetstvennostiu aktsionernoe " +
    "aktsionernoye zakrytoe otkrytoe publichnoe kompaniya firma s fgup " +
    // The same forms in Ukrainian and Belarusian, romanized (TOVARYSTVO Z OBMEZHENOIU VIDPOVIDALNISTIU).
    "tovarystvo obmezhenoiu obmezhenoyu vidpovidalnistiu vidpovidalnistyu aktsionerne pryvatne publichne " +
    "tavarystva abmezhavanai abmezhavanay adkaznastsyu adkaznastsiu aktsyianernae aktsyyanernae " +
    // Turkish: ANONIM SIRKETI (A.S.), LIMITED SIRKETI (LTD STI), VE (and).
    "anonim sirketi sirket sti ve as " +
    // Other jurisdictions whose firms lists carry: Malaysia (SDN BHD, BERHAD), Indonesia (PT, TBK), the Gulf
    // (WLL, EST/ESTABLISHMENT, FZ-LLC, DMCC free-zone firms), Iran (SHERKAT-E SAHAMI-E KHASS/AAM), Central and
    // Eastern Europe (KFT, ZRT, NYRT, SRO, DOO, EOOD, OOD, EAD), Iberia and Latin America (SL, SAS, LDA,
    // LTDA, SPA), Egypt (SAE), Australia and South Africa (PTY), and the NGO form.
    "sdn bhd berhad sendirian pt tbk wll est establishment fz fzllc dmcc sherkat sahami sahamie khass khas aam " +
    "kft zrt nyrt sro doo eood ood ead sl sas lda ltda spa sae pty ngo"
  ).split(" "),
);

/**
 * Chinese company words in pinyin, as lists print a firm's Chinese name in Latin letters ("BEIJING HAILI
 * LIANHE KEJI YOUXIAN GONGSI"), read as the Chinese dictionary above reads 科技 or 有限公司. A Chinese
 * query read in pinyin joins its syllables into these words first ("mao yi" → maoyi → trading).
 */
export const PINYIN_COMPANY_WORDS: Readonly<Record<string, string>> = {
  gongsi: "company",
  youxian: "limited",
  youxiangongsi: "co ltd",
  zeren: "liability",
  gufen: "joint stock",
  keji: "technology",
  jishu: "technology",
  maoyi: "trading",
  shangmao: "trading",
  jingmao: "trading",
  guoji: "international",
  jituan: "group",
  shiye: "industrial",
  gongye: "industrial",
  dianzi: "electronics",
  weidianzi: "microelectronics",
  bandaoti: "semiconductor",
  jinchukou: "import export",
  touzi: "investment",
  fazhan: "development",
  konggu: "holding",
  wuliu: "logistics",
  hangyun: "shipping",
  chuanwu: "shipping",
  huagong: "chemical",
};

/** Spellings folded into one company word before comparison ("TRADE" and "TRADING" are one word to a list). */
export const COMPANY_WORD_CANON: Readonly<Record<string, string>> = {
  trade: "trading",
  trades: "trading",
  technologies: "technology",
  tech: "technology",
  technical: "technology",
  electronic: "electronics",
  impex: "import export",
  imp: "import",
  exp: "export",
  industries: "industrial",
  industry: "industrial",
  industrie: "industrial",
  groups: "group",
  intl: "international",
  // Plurals, singulars and the abbreviations lists print company words in (HOLDINGS, HLDGS, MFG, SVCS).
  holdings: "holding",
  hldgs: "holding",
  hldg: "holding",
  investments: "investment",
  invest: "investment",
  service: "services",
  svcs: "services",
  system: "systems",
  logistic: "logistics",
  material: "materials",
  mfg: "manufacturing",
  engg: "engineering",
  shpg: "shipping",
  chem: "chemical",
  petrochem: "petrochemical",
  pharm: "pharmaceutical",
  pharma: "pharmaceutical",
  mgmt: "management",
  inds: "industrial",
  centre: "center",
  nauchno: "scientific",
  issledovatelskiy: "research",
  proizvodstvennoe: "production",
  obyedineniye: "association",
  obedinenie: "association",
  // ТД, торговый дом: lists print both "TD" and "TRADING HOUSE".
  td: "trading house",
  // Romanized Russian company words, read in Latin queries as the Cyrillic dictionary reads them.
  kontsern: "concern",
  gruppa: "group",
  grupp: "group",
  kholding: "holding",
  // English company words spelt the Russian way (ООО «АТМ Текнолоджи» → ATM TEKHNOLODZHI).
  tekhnolodzhi: "technology",
  tekhnolodzhis: "technology",
  tekhnolodzhiz: "technology",
  tekhnologii: "technology",
  tekhnologiya: "technology",
  tekhnologiy: "technology",
  lodzhistiks: "logistics",
  logistik: "logistics",
  elektroniks: "electronics",
  elektronika: "electronics",
  treyding: "trading",
  treiding: "trading",
  trejding: "trading",
  ...PINYIN_COMPANY_WORDS,
  // Turkish company words (SANAYI VE TICARET, ITHALAT IHRACAT, DIS TICARET = foreign trade), read as the
  // English words lists translate them to.
  ticaret: "trading",
  sanayi: "industrial",
  sanayii: "industrial",
  ithalat: "import",
  ihracat: "export",
  dis: "foreign",
  teknoloji: "technology",
  teknolojileri: "technology",
  elektronik: "electronics",
  lojistik: "logistics",
  makina: "machinery",
  makine: "machinery",
  kimya: "chemical",
  enerji: "energy",
  muhendislik: "engineering",
  yatirim: "investment",
  grup: "group",
  uluslararasi: "international",
  denizcilik: "shipping",
  // St Petersburg as lists print it: SPB, SANKT-PETERBURG, SAINT PETERSBURG.
  spb: "saint petersburg",
  sankt: "saint",
  peterburg: "petersburg",
  peterburgskiy: "petersburg",
  peterburgskii: "petersburg",
};

/** Company words that stay in the comparison with a low weight. */
export const COMPANY_WORDS = new Set(
  (
    "trading import export technology electronics microelectronics semiconductor group international industrial " +
    "development investment holding logistics shipping chemical engineering equipment machinery materials energy " +
    "research institute scientific production association nii npo npp npk npts npc kb okb plant concern house " +
    "branch bank " +
    "enterprise enterprises services systems science manufacturing " +
    // Units of an organisation: lists print one body as its DEPARTMENT, DIRECTORATE or COMMAND by turns
    // (translations of one Russian or Persian word), so the unit word says little about which body it is.
    "department directorate administration command center office bureau division headquarters"
  ).split(" "),
);

/**
 * Places that firms put in their names ("SHANGHAI BOYLE CHEMICAL", "GREEN INDUSTRIES HONG KONG"): they say
 * where a firm is, not which one, and lists add or drop them between releases; weighted like company words.
 */
export const PLACE_WORDS = new Set(
  (
    "hong kong china chinese shanghai beijing shenzhen guangzhou tianjin dalian xiamen ningbo hangzhou qingdao " +
    "dongguan zhuhai suzhou nanjing wuhan chengdu chongqing macau macao taiwan russia russian moscow " +
    "saint petersburg korea korean pyongyang iran iranian dubai uae"
  ).split(" "),
);

/** Share of its rarity weight that a company word keeps (a distinctive word keeps all of it). */
export const COMPANY_WORD_WEIGHT = 0.25;

/** Replaces the longest dictionary entries first inside a script run (Han and Hangul have no spaces). */
export function replaceCompanyWords(text: string, words: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [native, latin] of words) if (out.includes(native)) out = out.split(native).join(` ${latin} `);
  return out;
}

const CYRILLIC_PATTERNS = CYRILLIC_COMPANY_WORDS.map(
  ([native, latin]) =>
    [new RegExp(`(?<![\\p{L}\\p{N}])${native}(?![\\p{L}\\p{N}])`, "gu"), ` ${latin} `] as const,
);

/** Whole-word replacement of Cyrillic legal forms on lower-cased text. */
export function replaceCyrillicCompanyWords(lower: string): string {
  let out = lower;
  for (const [re, latin] of CYRILLIC_PATTERNS) out = out.replace(re, latin);
  return out;
}
