import type { ExportControlRule, Partner, RuleRequirement, Scenario } from "../scenario/schema.ts";

/** One rule that applies to one transferred item category. */
export interface RuleFinding {
  ruleId: string;
  requirement: RuleRequirement;
  category: string;
  regime: string;
  licenceDelayDays: number;
  citation: string;
  text: string;
}

export interface ExportControlDecision {
  lawful: boolean;
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

export function destinationMatches(dest: string, country: string, scenario: Scenario): boolean {
  if (dest === "*" || dest === country) return true;
  const group = scenario.rules.countryGroups.find((g) => g.id === dest);
  return group?.members.includes(country) ?? false;
}

function applies(
  rule: ExportControlRule,
  regimes: readonly string[],
  category: string,
  scenario: Scenario,
): boolean {
  return (
    regimes.includes(rule.regime) &&
    rule.categories.some((c) => categoriesOverlap(c, category)) &&
    rule.destinations.some((d) => destinationMatches(d, scenario.program.country, scenario))
  );
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
): ExportControlDecision {
  const regimes = [...partner.regimes, ...offerRegimes];
  const findings: RuleFinding[] = [];
  for (const category of categories) {
    for (const rule of scenario.rules.exportControls) {
      if (!applies(rule, regimes, category, scenario)) continue;
      findings.push({
        ruleId: rule.id,
        requirement: rule.requirement,
        category,
        regime: rule.regime,
        licenceDelayDays: rule.requirement === "licence" ? rule.licenceDelayDays : 0,
        citation: rule.citation,
        text: rule.text,
      });
    }
  }
  const destination = scenario.program.country;
  // Name the rule of the regime listed first for the partner (its own jurisdiction, by convention).
  const rank = (f: RuleFinding) => regimes.indexOf(f.regime);
  const prohibited = findings
    .filter((f) => f.requirement === "prohibited")
    .sort((a, b) => rank(a) - rank(b))[0];
  if (prohibited) {
    return {
      lawful: false,
      rule: prohibited.ruleId,
      reason: `prohibited by rule ${prohibited.ruleId} (${prohibited.citation}): ${prohibited.regime} controls on ${prohibited.category} items to ${destination}. ${prohibited.text}`,
      licenceDelayDays: 0,
      findings,
    };
  }
  const licences = findings.filter((f) => f.requirement === "licence");
  if (licences.length > 0) {
    const longest = licences.reduce((a, b) => (b.licenceDelayDays > a.licenceDelayDays ? b : a));
    return {
      lawful: true,
      rule: longest.ruleId,
      reason: `lawful with a licence under rule ${longest.ruleId} (${longest.citation}) for ${longest.category} items; expected processing ${longest.licenceDelayDays} days`,
      licenceDelayDays: longest.licenceDelayDays,
      findings,
    };
  }
  return {
    lawful: true,
    reason:
      categories.length === 0
        ? "no controlled item category is transferred under this model"
        : `no export-control rule of the scenario restricts ${categories.join(", ")} from ${partner.name} to ${destination}`,
    licenceDelayDays: 0,
    findings,
  };
}
