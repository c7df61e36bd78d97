import type {
  CapabilityOffer,
  ExportControlRule,
  Firm,
  Partner,
  RuleRequirement,
  Scenario,
} from "../scenario/schema.ts";
import {
  date,
  type Message,
  list,
  messages,
  msg,
  nested,
  percent,
  ref,
  renderMessage,
} from "../messages/index.ts";

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
  /** `condition` as a message (its parts joined by "; "). */
  conditionMessage?: Message;
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
  /** `reason` as a message: clients render it in the reader's language. */
  message: Message;
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
 * Whether `rule` binds this transfer of `category`; undefined when not, else the conditions that
 * made it bind (none for an unconditional rule). Missing data reads conservatively: an offer with no
 * node is taken to meet a node threshold (when in doubt, the rule applies).
 */
function applies(
  rule: ExportControlRule,
  regimes: readonly string[],
  category: string,
  scenario: Scenario,
  ctx: TransferContext,
): Message[] | undefined {
  const country = scenario.program.country;
  if (!rule.categories.some((c) => categoriesOverlap(c, category))) return undefined;
  if (!rule.destinations.some((d) => destinationMatches(d, country, scenario))) return undefined;
  if (rule.exceptDestinations.some((d) => destinationMatches(d, country, scenario))) return undefined;
  const why: Message[] = [];
  if (rule.appliesTo === "imports") {
    why.push(msg("condition.importControl", { country }));
  } else if (!regimes.includes(rule.regime)) {
    const content = ctx.offer?.originContent?.find((o) => o.regime === rule.regime)?.share ?? 0;
    if (rule.deMinimisShare === undefined || content < rule.deMinimisShare) return undefined;
    why.push(
      msg("condition.deMinimis", {
        share: percent(content),
        regime: rule.regime,
        level: percent(rule.deMinimisShare),
      }),
    );
  }
  const th = rule.thresholds;
  if (th?.nodeAtOrBelow !== undefined) {
    const node = ctx.offer?.node;
    if (node !== undefined && node > th.nodeAtOrBelow) return undefined;
    why.push(
      node !== undefined
        ? msg("condition.nodeAtOrBelow", { node, threshold: th.nodeAtOrBelow })
        : msg("condition.nodeUnstated", { threshold: th.nodeAtOrBelow }),
    );
  }
  if (th?.layersAtOrAbove !== undefined) {
    const layers = ctx.offer?.layers;
    if (layers !== undefined && layers < th.layersAtOrAbove) return undefined;
    why.push(
      layers !== undefined
        ? msg("condition.layersAtOrAbove", { layers, threshold: th.layersAtOrAbove })
        : msg("condition.layersUnstated", { threshold: th.layersAtOrAbove }),
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
    const firm = ref("firm", hit.id, hit.name);
    why.push(
      inPlaces(hit.headquarters ?? hit.country, headquarteredIn, scenario)
        ? msg("condition.endUserHeadquarters", { firm, country: String(hit.headquarters ?? hit.country) })
        : msg("condition.endUserParent", { firm, country: String(hit.ultimateParent) }),
    );
  }
  return why;
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
      const why = applies(rule, regimes, category, scenario, ctx);
      if (why === undefined) continue;
      const conditionMessage =
        why.length > 0 ? msg("common.join", { items: messages(why, "semicolon") }) : undefined;
      const condition = conditionMessage ? renderMessage(conditionMessage, "en") : "";
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
        ...(condition && conditionMessage ? { condition, conditionMessage } : {}),
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
      ? msg("rule.noTimeLeft", {
          from: date(lawfulUntil!.effectiveFrom!),
          earlier: lawfulFrom!.ruleId,
          until: date(lawfulFrom!.effectiveUntil!),
        })
      : undefined;
    const message = msg("rule.prohibited", {
      rule: p.ruleId,
      citation: p.citation,
      regime: p.regime,
      category: p.category,
      destination,
      condition: p.conditionMessage ? nested(p.conditionMessage) : undefined,
      when: when ? nested(when) : undefined,
      text: p.text,
    });
    return {
      lawful: false,
      rule: p.ruleId,
      reason: renderMessage(message, "en"),
      message,
      licenceDelayDays: 0,
      findings,
    };
  }
  const dated = {
    ...(lawfulUntil ? { lawfulUntil: lawfulUntil.effectiveFrom! } : {}),
    ...(lawfulFrom ? { lawfulFrom: lawfulFrom.effectiveUntil! } : {}),
  };
  const datedParts = [
    lawfulFrom
      ? msg("rule.onlyFrom", {
          date: date(lawfulFrom.effectiveUntil!),
          rule: lawfulFrom.ruleId,
          citation: lawfulFrom.citation,
        })
      : undefined,
    lawfulUntil
      ? msg("rule.onlyBefore", {
          date: date(lawfulUntil.effectiveFrom!),
          rule: lawfulUntil.ruleId,
          citation: lawfulUntil.citation,
        })
      : undefined,
  ].filter((m): m is Message => m !== undefined);
  const datedNote = datedParts.length > 0 ? messages(datedParts, "and") : undefined;
  const licences = findings.filter((f) => f.requirement === "licence");
  if (licences.length > 0) {
    const longest = licences.reduce((a, b) => (b.licenceDelayDays > a.licenceDelayDays ? b : a));
    const d = longest.licenceDecision;
    const message = msg("rule.licence", {
      rule: longest.ruleId,
      citation: longest.citation,
      category: longest.category,
      condition: longest.conditionMessage ? nested(longest.conditionMessage) : undefined,
      days: longest.licenceDelayDays,
      decision: d
        ? nested(
            msg("rule.licenceDistribution", {
              min: d.days.min,
              max: d.days.max,
              probability: percent(d.approvalProbability),
            }),
          )
        : undefined,
      dated: datedNote,
    });
    return {
      lawful: true,
      rule: longest.ruleId,
      reason: renderMessage(message, "en"),
      message,
      licenceDelayDays: longest.licenceDelayDays,
      findings,
      ...dated,
      ...(longest.licenceDecision
        ? { licenceDecision: { rule: longest.ruleId, ...longest.licenceDecision } }
        : {}),
    };
  }
  const dateRule = lawfulUntil ?? lawfulFrom;
  const message =
    dateRule && datedNote
      ? msg("rule.lawfulDated", { dated: datedNote })
      : categories.length === 0
        ? msg("rule.noCategory")
        : msg("rule.unrestricted", {
            categories: list(categories, "comma"),
            partner: ref("partner", partner.id, partner.name),
            destination,
          });
  return {
    lawful: true,
    ...(dateRule ? { rule: dateRule.ruleId } : {}),
    reason: renderMessage(message, "en"),
    message,
    licenceDelayDays: 0,
    findings,
    ...dated,
  };
}
