/**
 * The scenario file: everything a localization programme plan needs, in one YAML or JSON
 * document. Parsed once at the boundary (`parseScenario`), trusted inside.
 *
 * Units: durations are integer periods of `program.timeUnit` ("day" or "week"); money is in
 * `program.currency`; node sizes are in nanometres; dates are ISO `YYYY-MM-DD`; shares and
 * probabilities are in [0, 1]; licence delays are in days whatever the time unit (they come from
 * regulators' published processing times, which are stated in days).
 *
 * Almost every record carries an optional `source`: a fact id and source (e.g. "F5 (S1)"), a dataset,
 * or the word "assumption" with a reason. Examples must fill it for every number.
 */
import { z } from "zod";

import {
  headcount,
  id,
  inputId,
  iso3,
  isoDate,
  itemCategory,
  MAX_PERIODS,
  money,
  nodeNm,
  packagingGrade,
  periods,
  quantity,
  share,
  source,
} from "./primitives.ts";
import { ActualsSchema } from "./actuals-schema.ts";
import { RulesSchema } from "./rules-schema.ts";

export * from "./actuals-schema.ts";
export * from "./rules-schema.ts";

export const TIME_UNITS = ["day", "week"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const currencyCode = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as RUB, INR, BRL, USD");

export const ProgramSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** The destination of every transfer: the country that localizes production. */
  country: iso3,
  currency: currencyCode,
  startDate: isoDate,
  /** Planning horizon in periods of `timeUnit`. */
  horizon: z.number().int().positive().max(MAX_PERIODS, `at most ${MAX_PERIODS} periods`),
  timeUnit: z.enum(TIME_UNITS),
  /**
   * Dated exchange rates: programme-currency units per one unit of `currency`. Amounts quoted in
   * another currency (a model's, a fund instrument's or a training pipeline's `currency`) are
   * converted with the rate in force at the tranche's date, or at the programme start for costs.
   */
  exchangeRates: z
    .array(
      z.strictObject({
        currency: currencyCode,
        date: isoDate,
        rate: z.number().positive().max(1e9, "at most 10^9"),
        source,
      }),
    )
    .default([]),
  description: z.string().optional(),
  source,
});

/**
 * What a capacity counts. Fab and OSAT steps count product units (or wafers); design and EDA
 * count engineer-years or licences. A target's demand for an input and every capacity for it must
 * use the same unit (validation checks it), so capacities are only ever compared like with like.
 */
export const CAPACITY_UNITS = ["units-per-year", "wafers-per-month", "engineer-years", "licences"] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];
const capacityUnit = z.enum(CAPACITY_UNITS).default("units-per-year");

export const RequiredInputSchema = z.strictObject({
  input: inputId,
  /** Process node the target needs for this input (nm); omit where no node applies (e.g. packaging). */
  node: nodeNm.optional(),
  /** Packaging grade the target needs for this input (assembly and packaging), e.g. "2.5D". */
  grade: packagingGrade.optional(),
  /** How much of this input the target needs, when not its volume in units per year. */
  demand: z.strictObject({ amount: quantity, unit: z.enum(CAPACITY_UNITS) }).optional(),
  source,
});

export const TargetSchema = z.strictObject({
  id,
  name: z.string().min(1),
  product: z.string().optional(),
  /** Process node of the product (nm); the default `node` of each required input. */
  node: nodeNm.optional(),
  /** Units per year at volume production. */
  volume: quantity,
  /** Soft due date for the start of volume production. */
  dueDate: isoDate,
  /** Hard deadline, if the programme has one. */
  deadline: isoDate.optional(),
  /** Relative weight of being late on this target. */
  tardinessWeight: z.number().nonnegative().max(1000, "a relative weight, at most 1000").default(1),
  inputs: z.array(RequiredInputSchema).min(1),
  /** Domestic firms that receive the work for this target (ids in `domestic.firms`). */
  counterparts: z.array(id).default([]),
  /**
   * Production lines: process steps (inputs of this target) transferred and licensed as a whole —
   * one partner, one collaboration model and one negotiation cover the line; `exceptions` are
   * steps the scenario allows to come from someone else.
   */
  lines: z
    .array(
      z.strictObject({
        id,
        name: z.string().min(1),
        inputs: z.array(inputId).min(2),
        exceptions: z.array(inputId).default([]),
        source,
      }),
    )
    .default([]),
  source,
});

export const FirmSchema = z.strictObject({
  id,
  /** The legal name as used for sanctions screening. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: iso3.optional(),
  /** Registration, tax or other identifiers, matched exactly by the screener. */
  identifiers: z.array(z.string().min(1)).default([]),
  role: z.string().optional(),
  /** Country of the firm's headquarters (end-user conditions of export-control rules). */
  headquarters: iso3.optional(),
  /** Country of the firm's ultimate parent (end-user conditions of export-control rules). */
  ultimateParent: iso3.optional(),
  source,
});

export const DomesticCapabilitySchema = z.strictObject({
  input: inputId,
  /** Best process node available domestically (nm); omit where no node applies. */
  node: nodeNm.optional(),
  /** Packaging grade of this capability (assembly and packaging). */
  grade: packagingGrade.optional(),
  /** Output this capability can support, in `unit` (default units per year). */
  capacity: quantity,
  unit: capacityUnit,
  firm: id.optional(),
  source,
});

export const DomesticSchema = z.strictObject({
  firms: z.array(FirmSchema).default([]),
  capabilities: z.array(DomesticCapabilitySchema).default([]),
});

export const CapabilityOfferSchema = z.strictObject({
  input: inputId,
  node: nodeNm.optional(),
  /** Packaging grade the partner offers (assembly and packaging). */
  grade: packagingGrade.optional(),
  /** Output the partner can support, in `unit` (default units per year). */
  capacity: quantity,
  unit: capacityUnit,
  /** The partner firm that would deliver (id in the partner's `firms`); absent = any of its firms. */
  firm: id.optional(),
  /** Collaboration models (ids) the partner is open to for this offer; absent = all. */
  models: z.array(id).optional(),
  /** Control-list categories of the items this offer itself involves (e.g. 3B for tools). */
  categories: z.array(itemCategory).default([]),
  /**
   * Further regimes that bind this offer only, e.g. "US-EAR-FDP" for items made with US-origin
   * tools or technology (the foreign direct product rules attach to the item, not the country).
   */
  regimes: z.array(z.string().min(1)).default([]),
  /** Layers of the offered process (3D NAND), for rule thresholds. */
  layers: z.number().int().positive().max(100_000).optional(),
  /** Share of the offer's content that originates under each regime (de minimis rules). */
  originContent: z.array(z.strictObject({ regime: z.string().min(1), share })).default([]),
  /** Multiplier on the collaboration model's cost for this partner. */
  costFactor: z.number().positive().max(1000, "a multiplier, at most 1000").default(1),
  source,
});

export const PartnerSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** The partner's country; or `bloc` for a group of countries acting as one (e.g. the EU). */
  country: iso3.optional(),
  /** A country group (`rules.countryGroups` id) acting as one partner; instead of `country`. */
  bloc: id.optional(),
  /**
   * Export-control regimes and national jurisdictions whose rules bind this partner's exports,
   * e.g. "wassenaar", "US-EAR", "EU", "JP-FEFTA", "CN-export-control".
   */
  regimes: z.array(z.string().min(1)).default([]),
  firms: z.array(FirmSchema).default([]),
  offers: z.array(CapabilityOfferSchema).default([]),
  /** Probability that the partner becomes unavailable during the programme (risk analysis). */
  unavailableProbability: share.default(0),
  source,
});

export const COLLABORATION_MODEL_TYPES = [
  "joint-venture",
  "licensing",
  "contract-manufacturing",
  "technology-transfer",
  "co-development",
  "purchase",
] as const;
export type CollaborationModelType = (typeof COLLABORATION_MODEL_TYPES)[number];

export const WORK_PACKAGE_KINDS = [
  "negotiate",
  "setup-company",
  "transfer",
  "train",
  "qualify",
  "pilot",
  "production",
] as const;
export type WorkPackageKind = (typeof WORK_PACKAGE_KINDS)[number];

export const WorkPackageSchema = z.strictObject({
  kind: z.enum(WORK_PACKAGE_KINDS),
  /** Base duration in periods, before scaling by node steps. */
  duration: periods,
  cost: money.default(0),
  /** Engineers busy per period, drawn from `pool` (default: the first workforce pool). */
  engineers: headcount.default(0),
  pool: id.optional(),
  /** Cleanroom area (m²) occupied per period in `facility` (default: the first facility). */
  cleanroom: quantity.default(0),
  facility: id.optional(),
  source,
});

export const CollaborationModelSchema = z.strictObject({
  id,
  type: z.enum(COLLABORATION_MODEL_TYPES),
  name: z.string().min(1),
  /** Work packages in order; the planner chains them. */
  workPackages: z.array(WorkPackageSchema).min(1),
  /**
   * Parametric scaling with the distance to close, in node steps on the standard ladder:
   * duration × (1 + durationPerNodeStep × steps), cost × (1 + costPerNodeStep × steps).
   */
  durationPerNodeStep: z.number().nonnegative().max(100, "a factor per node step, at most 100").default(0),
  costPerNodeStep: z.number().nonnegative().max(100, "a factor per node step, at most 100").default(0),
  /** Control-list categories transferred to the destination under this model (for the rules). */
  transfers: z.array(itemCategory).default([]),
  /** Engineers trained into `pool` when the model's training completes. */
  trainingOutput: z.strictObject({ engineers: headcount, pool: id.optional() }).default({ engineers: 0 }),
  /** How much domestic capability remains after the model (0 = pure import, 1 = full localization). */
  localization: share,
  /** Currency of the work packages' costs (default: the programme currency). */
  currency: currencyCode.optional(),
  source,
});

export const FUND_INSTRUMENT_KINDS = ["equity", "recapitalization", "grant", "soft-loan", "budget"] as const;

export const TrancheSchema = z.strictObject({
  date: isoDate,
  amount: money,
  /**
   * A milestone (id) the disbursement waits for, e.g. the credit approval: the money arrives on
   * `date` or when the milestone can first be done, whichever is later, and the milestone is then
   * due by that day (so the plan never spends money before its gate).
   */
  after: id.optional(),
  source,
});

export const FundInstrumentSchema = z.strictObject({
  id,
  kind: z.enum(FUND_INSTRUMENT_KINDS),
  name: z.string().min(1),
  /** Soft loans: annual interest rate, term and grace period. */
  rate: z.number().min(0).max(1).optional(),
  termYears: z.number().positive().max(100, "at most 100 years").optional(),
  graceYears: z.number().nonnegative().max(100, "at most 100 years").optional(),
  tranches: z.array(TrancheSchema).min(1),
  /** Currency of the tranches (default: the programme currency). */
  currency: currencyCode.optional(),
  source,
});

export const FundsSchema = z.strictObject({ instruments: z.array(FundInstrumentSchema).default([]) });

export const EngineerPoolSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Engineers available at the programme start. */
  initial: headcount,
  source,
});

export const TrainingPipelineSchema = z.strictObject({
  id,
  pool: id,
  cohortSize: headcount.min(1),
  /** Duration of one cohort in periods. */
  duration: periods.min(1),
  /** Cohorts that can run at the same time. */
  capacity: headcount.min(1),
  /** Earliest date the first cohort can start (default: programme start). */
  start: isoDate.optional(),
  /** Maximum number of cohorts over the programme. */
  maxCohorts: headcount.optional(),
  costPerCohort: money.default(0),
  /** Currency of `costPerCohort` (default: the programme currency). */
  currency: currencyCode.optional(),
  source,
});

export const WorkforceSchema = z.strictObject({
  pools: z.array(EngineerPoolSchema).default([]),
  training: z.array(TrainingPipelineSchema).default([]),
});

export const FacilitySchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Cleanroom area (m²) from each date on; before the first step, none. */
  capacity: z.array(z.strictObject({ from: isoDate, area: quantity, source })).default([]),
  /**
   * A new building or cleanroom as a costed activity: it starts at `earliest` (default: the
   * programme start), takes `duration` periods, is paid from the funds while it runs, and adds
   * `area` m² from its end. Its dates are fixed, so the capacity it brings never depends on luck.
   */
  construction: z
    .strictObject({
      name: z.string().min(1).optional(),
      duration: periods.min(1),
      cost: money,
      area: quantity,
      earliest: isoDate.optional(),
      source,
    })
    .optional(),
  source,
});

const weight = z.number().nonnegative().max(1000, "a weight, at most 1000");

export const ScoringWeightsSchema = z.strictObject({
  coverage: weight.default(0.25),
  leadTime: weight.default(0.2),
  cost: weight.default(0.15),
  dependence: weight.default(0.1),
  risk: weight.default(0.1),
  localization: weight.default(0.1),
  exposure: weight.default(0.1),
});
export type ScoringWeights = z.infer<typeof ScoringWeightsSchema>;

export const ScoringSchema = z.strictObject({
  weights: ScoringWeightsSchema.default(ScoringWeightsSchema.parse({})),
  /**
   * Share of the importer's market that one option moves (towards the partner for imports, to
   * domestic production for localization) when estimating HHI after: an assumption, state it.
   */
  marketShift: share.default(0.05),
});

export const DurationUncertaintySchema = z.strictObject({
  modelType: z.enum(COLLABORATION_MODEL_TYPES),
  /** Multipliers on planned durations for a triangular distribution: min ≤ mode ≤ max. */
  min: z.number().positive().max(100),
  mode: z.number().positive().max(100),
  max: z.number().positive().max(100),
  source,
});

export const RiskSchema = z.strictObject({
  durationUncertainty: z.array(DurationUncertaintySchema).default([]),
});

export const MilestoneSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Duration in periods. */
  duration: periods,
  /** Milestones (ids) that must finish first. */
  after: z.array(id).default([]),
  earliest: isoDate.optional(),
  /**
   * Work that waits for this milestone: target ids (every gap of the target) or gap ids
   * (`target:input`), e.g. no transfer before the intergovernmental agreement is signed.
   */
  gates: z.array(z.string().min(1)).default([]),
  source,
});

export const SourceRefSchema = z.strictObject({
  id,
  title: z.string().min(1),
  outlet: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
});

export const ScenarioSchema = z.strictObject({
  program: ProgramSchema,
  sources: z.array(SourceRefSchema).default([]),
  targets: z.array(TargetSchema).min(1),
  domestic: DomesticSchema.default({ firms: [], capabilities: [] }),
  partners: z.array(PartnerSchema).default([]),
  models: z.array(CollaborationModelSchema).default([]),
  funds: FundsSchema.default({ instruments: [] }),
  workforce: WorkforceSchema.default({ pools: [], training: [] }),
  facilities: z.array(FacilitySchema).default([]),
  rules: RulesSchema.default({
    countryGroups: [],
    exportControls: [],
    sanctions: { threshold: 0.85, lists: [] },
  }),
  scoring: ScoringSchema.default({ weights: ScoringWeightsSchema.parse({}), marketShift: 0.05 }),
  risk: RiskSchema.default({ durationUncertainty: [] }),
  /** Programme-level steps outside any gap (cooperation agreement, working group, roadmap). */
  milestones: z.array(MilestoneSchema).default([]),
  /** Execution tracking: actual dates, progress and spending per activity as of a data date. */
  actuals: ActualsSchema.optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type RequiredInput = z.infer<typeof RequiredInputSchema>;
export type Firm = z.infer<typeof FirmSchema>;
export type DomesticCapability = z.infer<typeof DomesticCapabilitySchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type CapabilityOffer = z.infer<typeof CapabilityOfferSchema>;
export type CollaborationModel = z.infer<typeof CollaborationModelSchema>;
export type WorkPackage = z.infer<typeof WorkPackageSchema>;
export type FundInstrument = z.infer<typeof FundInstrumentSchema>;
export type FundTranche = z.infer<typeof TrancheSchema>;
export type EngineerPool = z.infer<typeof EngineerPoolSchema>;
export type TrainingPipeline = z.infer<typeof TrainingPipelineSchema>;
export type Facility = z.infer<typeof FacilitySchema>;
export type DurationUncertainty = z.infer<typeof DurationUncertaintySchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Days in one period of the programme's time unit. */
export function daysPerPeriod(unit: TimeUnit): number {
  return unit === "week" ? 7 : 1;
}
