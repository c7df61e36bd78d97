import { z } from "zod";
import { id, iso3, isoDate, itemCategory, share, source } from "./primitives.ts";

// The rules section: export-control rules, country groups and sanctions lists.

export const RULE_REQUIREMENTS = ["allowed", "licence", "prohibited"] as const;
export type RuleRequirement = (typeof RULE_REQUIREMENTS)[number];

export const ExportControlRuleSchema = z.strictObject({
  id,
  /** The regime or jurisdiction (matched against `partners[].regimes`). */
  regime: z.string().min(1),
  /** Categories or entries the rule covers; prefixes overlap (a rule on 3B covers 3B001). */
  categories: z.array(itemCategory).min(1),
  /** Destinations: ISO3 codes or ids of `rules.countryGroups`; "*" for every destination. */
  destinations: z.array(z.string().min(1)).min(1),
  /** "All destinations except": ISO3 codes or group ids the rule does not cover (e.g. EU general authorisations). */
  exceptDestinations: z.array(z.string().min(1)).default([]),
  /**
   * `exports` (default): binds partners bound by `regime`. `imports`: a control of the programme's
   * own country (an import or re-export permit) that binds every partner's transfer into it.
   */
  appliesTo: z.enum(["exports", "imports"]).default("exports"),
  /**
   * Technology thresholds: the rule binds only offers at or finer than `nodeAtOrBelow` nm (e.g. 16
   * for advanced logic), and/or with at least `layersAtOrAbove` layers (e.g. 128 for NAND).
   */
  thresholds: z
    .strictObject({
      nodeAtOrBelow: z.number().positive().max(100_000).optional(),
      layersAtOrAbove: z.number().int().positive().max(100_000).optional(),
    })
    .optional(),
  /**
   * End-user conditions: the rule binds only when the domestic recipient (a target counterpart) is
   * headquartered in, or has its ultimate parent in, one of these countries or groups.
   */
  endUser: z
    .strictObject({
      headquarteredIn: z.array(z.string().min(1)).default([]),
      ultimateParentIn: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * De minimis / foreign direct product reach: the rule also binds partners NOT bound by `regime`
   * when the offer's content originating under `regime` is at least this share.
   */
  deMinimisShare: share.optional(),
  requirement: z.enum(RULE_REQUIREMENTS),
  /** Expected licence processing time in days (requirement "licence"). */
  licenceDelayDays: z.number().int().nonnegative().max(3650, "at most 3650 days").default(0),
  /**
   * The licence decision as a distribution (requirement "licence"): the probability it is granted
   * and its processing time in days (triangular). The planner uses the most likely time; risk
   * analysis samples both (a refusal makes the option unavailable in that sample).
   */
  licenceDecision: z
    .strictObject({
      approvalProbability: share,
      days: z.strictObject({
        min: z.number().int().nonnegative().max(3650),
        mode: z.number().int().nonnegative().max(3650),
        max: z.number().int().nonnegative().max(3650),
      }),
    })
    .optional(),
  /** Licensing policy as published, e.g. "presumption of denial", "case-by-case". */
  policy: z.string().optional(),
  /** The rule binds transfers from this date on (absent: since before the programme). */
  effectiveFrom: isoDate.optional(),
  /** The rule no longer binds from this date on (repealed or expired; absent: still in force). */
  effectiveUntil: isoDate.optional(),
  /** Where the rule is written, e.g. "15 CFR 744.23; IFR 2022-10-07". */
  citation: z.string().min(1),
  /** The rule in our own words. */
  text: z.string().min(1),
  source,
});

export const CountryGroupSchema = z.strictObject({
  id,
  name: z.string().min(1),
  members: z.array(iso3).min(1),
  asOf: isoDate.optional(),
  source,
});

export const SanctionsListSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Case-insensitive substring of the screener's `match.list` that selects this list. */
  match: z.string().min(1),
  /**
   * Regimes this list binds (e.g. "US-EAR" partners must not deal with OFAC SDN parties). A
   * domestic counterpart on the list makes options unlawful for bound partners and an exposure
   * (secondary-sanctions risk) for the others.
   */
  bindsRegimes: z.array(z.string().min(1)).default([]),
  source,
});

export const RulesSchema = z.strictObject({
  countryGroups: z.array(CountryGroupSchema).default([]),
  exportControls: z.array(ExportControlRuleSchema).default([]),
  sanctions: z
    .object({
      /** Minimum screening score (0..1) that counts as a hit. */
      threshold: share.default(0.85),
      lists: z.array(SanctionsListSchema).default([]),
    })
    .default({ threshold: 0.85, lists: [] }),
});

export type ExportControlRule = z.infer<typeof ExportControlRuleSchema>;
export type CountryGroup = z.infer<typeof CountryGroupSchema>;
export type SanctionsList = z.infer<typeof SanctionsListSchema>;
