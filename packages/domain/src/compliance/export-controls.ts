import type {
  CapabilityOffer,
  ExportControlRule,
  Firm,
  Partner,
  RuleRequirement,
  Scenario,
} from "../scenario/schema.ts";

/** One rule that applies to one transferred item category. */
export interface RuleFinding {
  ruleId: string;
  requirement: RuleRequirement;
  category: string;
  regime: string;
  licenceDelayDays: number;
  citation: string;
  text: string;
  effectiveFrom?: string;
  effectiveUntil?: string;
  /** Why a conditional rule binds here (threshold, end user, de minimis, import control). */
  condition?: string;
  /** The licence decision as a distribution, when the rule gives one. */
  licenceDecision?: { approvalProbability: number; days: { min: number; mode: number; max: number } };
}

/** A licence decision that risk analysis samples: granted with a probability, after a triangular time. */
export interface LicenceDecision {
  rule: string;
  approvalProbability: number;
  days: { min: number; mode: number; max: number };
}

/** What the conditions of a rule are checked against. */
export interface TransferContext {
  offer?: Pick<CapabilityOffer, "node" | "layers" | "originContent">;
  /** The domestic recipients (the target's counterparts). */
  recipients?: readonly Firm[];
}

export interface ExportControlDecision {
  lawful: boolean;
  /**
   * When a prohibition binds only part of the programme's time: the option is lawful only if its
   * work is done before `lawfulUntil` (a prohibition taking effect then) and/or starts on or after
   * `lawfulFrom` (a prohibition repealed then). The planner applies these to the option's dates.
   */
  lawfulFrom?: string;
  lawfulUntil?: string;
  /** The deciding licence's decision distribution (rule id with it), for risk analysis. */
  licenceDecision?: LicenceDecision;
  /** The deciding rule: the first prohibiting rule, else the licence rule with the longest delay. */
  rule?: string;
  reason: string;
  licenceDelayDays: number;
  findings: RuleFinding[];
}

/**
 * Entries overlap when one is a prefix of the other: a rule on `3B` covers a transfer of `3B001`,
 * and a rule on `3B001` binds a transfer described only as `3B` (it may contain 3B001 items).
 * Overlap is the conservative reading: when in doubt, the rule applies.
 */
export function categoriesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The programme's time as ISO dates: its start and the end of its planning horizon. */
export function programmeWindow(scenario: Scenario): { start: string; end: string } {
  const p = scenario.program;
  const days = p.horizon * (p.timeUnit === "week" ? 7 : 1);
  const end = new Date(`${p.startDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return { start: p.startDate, end: end.toISOString().slice(0, 10) };
}

export function destinationMatches(dest: string, country: string, scenario: Scenario): boolean {
  if (dest === "*" || dest === country) return true;
  const group = scenario.rules.countryGroups.find((g) => g.id === dest);
  return group?.members.includes(country) ?? false;
}

const inPlaces = (country: string | undefined, places: readonly string[], scenario: Scenario) =>
  country !== undefined && places.some((p) => destinationMatches(p, country, scenario) && p !== "*");

/**
 * Whether `rule` binds this transfer of `category`; undefined when not, else the condition that
 * made it bind ("" for an unconditional rule). Missing data reads conservatively: an offer with no
 * node is taken to meet a node threshold (when in doubt, the rule applies).
 */
function applies(
  rule: ExportControlRule,
  regimes: readonly string[],
  category: string,
  scenario: Scenario,
  ctx: TransferContext,
): string | undefined {
  const country = scenario.program.country;
  if (!rule.categories.some((c) => categoriesOverlap(c, category))) return undefined;
  if (!rule.destinations.some((d) => destinationMatches(d, country, scenario))) return undefined;
  if (rule.exceptDestinations.some((d) => destinationMatches(d, country, scenario))) return undefined;
  const why: string[] = [];
  if (rule.appliesTo === "imports") {
    why.push(`import control of ${country}`);
  } else if (!regimes.includes(rule.regime)) {
    const content = ctx.offer?.originContent?.find((o) => o.regime === rule.regime)?.share ?? 0;
    if (rule.deMinimisShare === undefined || content < rule.deMinimisShare) return undefined;
    why.push(
      `${Math.round(content * 100)}% ${rule.regime}-origin content, at or above the ${Math.round(rule.deMinimisShare * 100)}% de minimis level`,
    );
  }
  const th = rule.thresholds;
  if (th?.nodeAtOrBelow !== undefined) {
    const node = ctx.offer?.node;
    if (node !== undefined && node > th.nodeAtOrBelow) return undefined;
    why.push(
      node !== undefined
        ? `offer at ${node} nm, at or below ${th.nodeAtOrBelow} nm`
        : `offer node not stated (threshold ${th.nodeAtOrBelow} nm)`,
    );
  }
  if (th?.layersAtOrAbove !== undefined) {
    const layers = ctx.offer?.layers;
    if (layers !== undefined && layers < th.layersAtOrAbove) return undefined;
    why.push(
      layers !== undefined
        ? `${layers} layers, at or above ${th.layersAtOrAbove}`
        : `layers not stated (threshold ${th.layersAtOrAbove})`,
    );
  }
  if (rule.endUser) {
    const { headquarteredIn, ultimateParentIn } = rule.endUser;
    const hit = (ctx.recipients ?? []).find(
      (f) =>
        inPlaces(f.headquarters ?? f.country, headquarteredIn, scenario) ||
        inPlaces(f.ultimateParent, ultimateParentIn, scenario),
    );
    if (!hit) return undefined;
    why.push(
      inPlaces(hit.headquarters ?? hit.country, headquarteredIn, scenario)
        ? `end user ${hit.name} headquartered in ${hit.headquarters ?? hit.country}`
        : `end user ${hit.name} with its ultimate parent in ${hit.ultimateParent}`,
    );
  }
  return why.join("; ");
}

/**
 * Evaluates the scenario's export-control rules for transfers of `categories` from `partner` to
 * the programme country (`offerRegimes`: regimes binding the offer itself). Every applicable rule is collected; the most restrictive requirement
 * decides (prohibited > licence > allowed), so an "allowed" rule never lifts another rule.
 * Licences for several categories are assumed to be processed in parallel (the longest delay counts).
 */
export function evaluateExportControls(
  scenario: Scenario,
  partner: Partner,
  categories: readonly string[],
  offerRegimes: readonly string[] = [],
  ctx: TransferContext = {},
): ExportControlDecision {
  const regimes = [...partner.regimes, ...offerRegimes];
  const window = programmeWindow(scenario);
  const findings: RuleFinding[] = [];
  for (const category of categories) {
    for (const rule of scenario.rules.exportControls) {
      const condition = applies(rule, regimes, category, scenario, ctx);
      if (condition === undefined) continue;
      // A rule in force only before the programme starts or only after its horizon never binds it.
      if (rule.effectiveUntil !== undefined && rule.effectiveUntil <= window.start) continue;
      if (rule.effectiveFrom !== undefined && rule.effectiveFrom >= window.end) continue;
      findings.push({
        ruleId: rule.id,
        requirement: rule.requirement,
        category,
        regime: rule.regime,
        licenceDelayDays:
          rule.requirement === "licence" ? (rule.licenceDecision?.days.mode ?? rule.licenceDelayDays) : 0,
        citation: rule.citation,
        text: rule.text,
        ...(condition ? { condition } : {}),
        ...(rule.requirement === "licence" && rule.licenceDecision
          ? { licenceDecision: rule.licenceDecision }
          : {}),
        ...(rule.effectiveFrom !== undefined ? { effectiveFrom: rule.effectiveFrom } : {}),
        ...(rule.effectiveUntil !== undefined ? { effectiveUntil: rule.effectiveUntil } : {}),
      });
    }
  }
  const destination = scenario.program.country;
  // Name the rule of the regime listed first for the partner (its own jurisdiction, by convention).
  const rank = (f: RuleFinding) => regimes.indexOf(f.regime);
  const prohibitions = findings.filter((f) => f.requirement === "prohibited");
  // Prohibitions in force over the whole programme decide outright; the others bound its dates.
  const starts = (f: RuleFinding) => f.effectiveFrom !== undefined && f.effectiveFrom > window.start;
  const ends = (f: RuleFinding) => f.effectiveUntil !== undefined && f.effectiveUntil < window.end;
  const prohibited = prohibitions.filter((f) => !starts(f) && !ends(f)).sort((a, b) => rank(a) - rank(b))[0];
  let lawfulUntil: RuleFinding | undefined;
  let lawfulFrom: RuleFinding | undefined;
  for (const f of prohibitions) {
    // A prohibition that both starts and ends inside the programme: the option must finish
    // before it starts (the conservative side of the two ways around the window).
    if (starts(f)) {
      if (!lawfulUntil || f.effectiveFrom! < lawfulUntil.effectiveFrom!) lawfulUntil = f;
    } else if (ends(f)) {
      if (!lawfulFrom || f.effectiveUntil! > lawfulFrom.effectiveUntil!) lawfulFrom = f;
    }
  }
  const closed =
    !prohibited &&
    lawfulUntil !== undefined &&
    lawfulFrom !== undefined &&
    lawfulFrom.effectiveUntil! >= lawfulUntil.effectiveFrom!;
  if (prohibited || closed) {
    const p = prohibited ?? lawfulUntil!;
    const when = closed
      ? ` (in force from ${lawfulUntil!.effectiveFrom}; the earlier prohibition ${lawfulFrom!.ruleId} lasts until ${lawfulFrom!.effectiveUntil}, so no time is left)`
      : "";
    return {
      lawful: false,
      rule: p.ruleId,
      reason: `prohibited by rule ${p.ruleId} (${p.citation}): ${p.regime} controls on ${p.category} items to ${destination}${p.condition ? ` (${p.condition})` : ""}${when}. ${p.text}`,
      licenceDelayDays: 0,
      findings,
    };
  }
  const dated = {
    ...(lawfulUntil ? { lawfulUntil: lawfulUntil.effectiveFrom! } : {}),
    ...(lawfulFrom ? { lawfulFrom: lawfulFrom.effectiveUntil! } : {}),
  };
  const datedNote = [
    lawfulFrom
      ? `only from ${lawfulFrom.effectiveUntil}, when prohibition ${lawfulFrom.ruleId} (${lawfulFrom.citation}) ends`
      : "",
    lawfulUntil
      ? `only if done before ${lawfulUntil.effectiveFrom}, when prohibition ${lawfulUntil.ruleId} (${lawfulUntil.citation}) takes effect`
      : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const suffix = datedNote ? `; lawful ${datedNote}` : "";
  const licences = findings.filter((f) => f.requirement === "licence");
  if (licences.length > 0) {
    const longest = licences.reduce((a, b) => (b.licenceDelayDays > a.licenceDelayDays ? b : a));
    return {
      lawful: true,
      rule: longest.ruleId,
      reason: `lawful with a licence under rule ${longest.ruleId} (${longest.citation}) for ${longest.category} items${longest.condition ? ` (${longest.condition})` : ""}; expected processing ${longest.licenceDelayDays} days${longest.licenceDecision ? ` (most likely; ${longest.licenceDecision.days.min}–${longest.licenceDecision.days.max}, granted with probability ${Math.round(longest.licenceDecision.approvalProbability * 100)}%)` : ""}${suffix}`,
      licenceDelayDays: longest.licenceDelayDays,
      findings,
      ...dated,
      ...(longest.licenceDecision
        ? { licenceDecision: { rule: longest.ruleId, ...longest.licenceDecision } }
        : {}),
    };
  }
  const dateRule = lawfulUntil ?? lawfulFrom;
  return {
    lawful: true,
    ...(dateRule ? { rule: dateRule.ruleId } : {}),
    reason: dateRule
      ? `lawful ${datedNote}`
      : categories.length === 0
        ? "no controlled item category is transferred under this model"
        : `no export-control rule of the scenario restricts ${categories.join(", ")} from ${partner.name} to ${destination}`,
    licenceDelayDays: 0,
    findings,
    ...dated,
  };
}
