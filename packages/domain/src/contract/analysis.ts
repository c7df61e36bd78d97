import { z } from "zod";
import { CRITERIA } from "../partners/score.ts";
import { RULE_REQUIREMENTS } from "../scenario/rules-schema.ts";
import { CAPACITY_UNITS } from "../scenario/schema.ts";
import { PACKAGING_GRADES } from "../scenario/primitives.ts";
import { MessageSchema } from "./common.ts";

/** Where a data-layer value comes from, with its licence. */
export const DataSourceSchema = z.strictObject({
  name: z.string(),
  license: z.string(),
  attribution: z.string(),
  dataDate: z.string(),
  version: z.string().optional(),
});

const Providers = z.array(z.strictObject({ country: z.string(), share: z.number() }));

export const ChokepointSchema = z
  .strictObject({
    inputId: z.string(),
    inputName: z.string(),
    stageId: z.string().optional(),
    topProviders: Providers,
    combinedShare: z.number(),
    source: DataSourceSchema,
  })
  .meta({ id: "Chokepoint" });

/** A value-chain input a country does not supply, and who does. */
export const ChainGapRowSchema = z
  .strictObject({
    stageId: z.string().optional(),
    inputId: z.string(),
    inputName: z.string(),
    type: z.string(),
    topProviders: Providers,
    marketSize: z.string().optional(),
    source: DataSourceSchema,
  })
  .meta({ id: "ChainGapRow" });

export const MarketReportSchema = z
  .strictObject({
    importer: z.string(),
    hs: z.string(),
    years: z.array(
      z.strictObject({
        year: z.number().int(),
        total: z.number(),
        suppliers: z.array(
          z.strictObject({
            partner: z.string(),
            valueUsd: z.number(),
            share: z.number(),
            growth: z.number().optional(),
          }),
        ),
        hhi: z.number(),
        effectiveSuppliers: z.number(),
        growth: z.number().optional(),
        groupShare: z.number().optional(),
        mirroredValue: z.number().optional(),
      }),
    ),
    fastestGrowing: z.array(
      z.strictObject({ partner: z.string(), cagr: z.number(), fromValue: z.number(), toValue: z.number() }),
    ),
    shareShift: z
      .array(
        z.strictObject({
          partner: z.string(),
          fromShare: z.number(),
          toShare: z.number(),
          shift: z.number(),
        }),
      )
      .optional(),
    group: z.array(z.string()).optional(),
    source: z.string(),
    dataDate: z.string(),
  })
  .meta({ id: "MarketReport" });

const Grade = z.enum(PACKAGING_GRADES);

export const GapReportSchema = z
  .strictObject({
    country: z.string(),
    targets: z.array(
      z.strictObject({
        targetId: z.string(),
        name: z.string(),
        dueDate: z.string(),
        inputs: z.array(
          z.strictObject({
            inputId: z.string(),
            inputName: z.string(),
            status: z.enum(["covered", "absent", "node", "grade", "capacity"]),
            requiredNode: z.number().optional(),
            domesticNode: z.number().optional(),
            domesticCapacity: z.number(),
            gapId: z.string().optional(),
          }),
        ),
        covered: z.number().int(),
        missing: z.number().int(),
      }),
    ),
    gaps: z.array(
      z.strictObject({
        id: z.string(),
        targetId: z.string(),
        inputId: z.string(),
        inputName: z.string(),
        kind: z.enum(["absent", "node", "grade", "capacity"]),
        requiredNode: z.number().optional(),
        requiredGrade: Grade.optional(),
        domesticGrade: Grade.optional(),
        domesticNode: z.number().optional(),
        generationsBehind: z.strictObject({ nodes: z.number(), years: z.number() }).optional(),
        requiredVolume: z.number(),
        unit: z.enum(CAPACITY_UNITS),
        domesticCapacity: z.number(),
        shortfall: z.number(),
        critical: z.boolean(),
        chokepoint: ChokepointSchema.optional(),
        chokepointsBelow: z.array(ChokepointSchema),
      }),
    ),
    nodeLadder: z.array(z.strictObject({ node: z.number(), year: z.number() })).readonly(),
    assumptions: z.array(z.string()),
    assumptionMessages: z.array(MessageSchema),
    notes: z.array(z.string()),
    noteMessages: z.array(MessageSchema),
  })
  .meta({ id: "GapReport" });

export const ScreeningMatchSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    score: z.number(),
    list: z.string(),
    datasetVersion: z.string(),
    publicationDate: z.string().optional(),
    matchedName: z.string().optional(),
    /** Each reason in English; `explanationMessages` are the same reasons as codes, rendered per language. */
    explanation: z.array(z.string()),
    explanationMessages: z.array(MessageSchema),
  })
  .meta({ id: "ScreeningMatch" });

const SanctionsHitSchema = z.strictObject({
  rule: z.string(),
  listId: z.string(),
  listName: z.string(),
  match: ScreeningMatchSchema,
  bindsRegimes: z.array(z.string()),
});

const Days = z.strictObject({ min: z.number(), mode: z.number(), max: z.number() });

const FirmScreeningSchema = z.strictObject({
  firmId: z.string(),
  firmName: z.string(),
  side: z.enum(["partner", "domestic"]),
  hits: z.array(SanctionsHitSchema),
});

/** The lawfulness of one option: the deciding rule, every blocker and finding, the screening behind it. */
export const ComplianceDecisionSchema = z.strictObject({
  lawful: z.boolean(),
  rule: z.string().optional(),
  reason: z.string(),
  message: MessageSchema,
  blockers: z.array(z.strictObject({ rule: z.string(), reason: z.string(), message: MessageSchema })),
  licenceDelayDays: z.number(),
  licenceDecision: z
    .strictObject({ rule: z.string(), approvalProbability: z.number(), days: Days })
    .optional(),
  lawfulFrom: z.string().optional(),
  lawfulUntil: z.string().optional(),
  categories: z.array(z.string()),
  findings: z.array(
    z.strictObject({
      ruleId: z.string(),
      requirement: z.enum(RULE_REQUIREMENTS),
      category: z.string(),
      regime: z.string(),
      licenceDelayDays: z.number(),
      citation: z.string(),
      text: z.string(),
      effectiveFrom: z.string().optional(),
      effectiveUntil: z.string().optional(),
      condition: z.string().optional(),
      conditionMessage: MessageSchema.optional(),
      licenceDecision: z.strictObject({ approvalProbability: z.number(), days: Days }).optional(),
    }),
  ),
  sanctionsHits: z.array(SanctionsHitSchema),
  exposure: z.array(z.strictObject({ firmId: z.string(), firmName: z.string(), hit: SanctionsHitSchema })),
  screened: z.array(FirmScreeningSchema),
});

export const PartnerFitReportSchema = z
  .strictObject({
    weights: z.strictObject(
      Object.fromEntries(CRITERIA.map((c) => [c, z.number()])) as Record<
        (typeof CRITERIA)[number],
        z.ZodNumber
      >,
    ),
    options: z.array(
      z.strictObject({
        gapId: z.string(),
        partnerId: z.string(),
        modelId: z.string(),
        modelType: z.string(),
        lawful: z.boolean(),
        reason: z.string().optional(),
        message: MessageSchema.optional(),
        rule: z.string().optional(),
        licenceDecision: z
          .strictObject({ rule: z.string(), approvalProbability: z.number(), days: Days })
          .optional(),
        lawfulFrom: z.string().optional(),
        lawfulUntil: z.string().optional(),
        licenceDelayDays: z.number(),
        sanctionsHits: z.array(ScreeningMatchSchema),
        coverage: z.number(),
        leadTimeDays: z.number(),
        leadTimePeriods: z.number(),
        cost: z.number(),
        hhiBefore: z.number().optional(),
        hhiAfter: z.number().optional(),
        dependenceBasis: z.enum(["market", "value-chain"]).optional(),
        risk: z.number(),
        exposure: z.number(),
        localization: z.number(),
        nodeSteps: z.number(),
        firmId: z.string().optional(),
        offerNode: z.number().optional(),
        offerCapacity: z.number(),
        offerId: z.string().optional(),
        score: z.number(),
        scoreBreakdown: z.record(z.string(), z.number()),
        criteria: z.record(z.string(), z.number()),
        compliance: ComplianceDecisionSchema,
      }),
    ),
    ranking: z.array(
      z.strictObject({
        gapId: z.string(),
        inputName: z.string(),
        ranked: z.array(
          z.strictObject({
            rank: z.number().int(),
            partnerId: z.string(),
            modelId: z.string(),
            modelType: z.string(),
            score: z.number(),
            licenceDelayDays: z.number(),
          }),
        ),
        unlawful: z.array(
          z.strictObject({
            partnerId: z.string(),
            modelId: z.string(),
            rule: z.string().optional(),
            reason: z.string().optional(),
            message: MessageSchema.optional(),
          }),
        ),
        explanation: z.string(),
        explanationMessage: MessageSchema,
      }),
    ),
    sensitivity: z.array(
      z.strictObject({
        gapId: z.string(),
        weight: z.enum(CRITERIA),
        deltaToChangeTop: z.number().nullable(),
        newTop: z.strictObject({ partnerId: z.string(), modelId: z.string() }).optional(),
      }),
    ),
    exposure: z.array(
      z.strictObject({
        partnerId: z.string(),
        firms: z.array(
          z.strictObject({
            firmId: z.string(),
            firmName: z.string(),
            list: z.string(),
            matchedName: z.string(),
            score: z.number(),
          }),
        ),
      }),
    ),
    screening: z.array(FirmScreeningSchema),
    notes: z.array(z.string()),
    noteMessages: z.array(MessageSchema),
    currency: z.string(),
  })
  .meta({ id: "PartnerFitReport" });
