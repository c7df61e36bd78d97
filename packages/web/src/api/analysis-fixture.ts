// Test fixtures: complete contract-typed analysis answers from the few fields a test cares about.
import type { Gap, PartnerFitReport, PartnerOption } from "./types.ts";

const message = (text: string) => ({ code: "common.engine", params: { text } });

export function optionOf(
  o: Partial<PartnerOption> & Pick<PartnerOption, "gapId" | "partnerId" | "modelId" | "lawful" | "score">,
): PartnerOption {
  return {
    modelType: o.modelId,
    licenceDelayDays: 0,
    sanctionsHits: [],
    coverage: 1,
    leadTimeDays: 0,
    leadTimePeriods: 0,
    cost: 0,
    risk: 0,
    exposure: 0,
    localization: 0,
    nodeSteps: 0,
    offerCapacity: 0,
    scoreBreakdown: {},
    criteria: {},
    compliance: {
      lawful: o.lawful,
      reason: "",
      message: message(""),
      blockers: [],
      licenceDelayDays: 0,
      categories: [],
      findings: [],
      sanctionsHits: [],
      exposure: [],
      screened: [],
    },
    ...o,
  };
}

export function fitOf(r: Partial<PartnerFitReport>): PartnerFitReport {
  return {
    weights: { coverage: 0, leadTime: 0, cost: 0, dependence: 0, risk: 0, localization: 0, exposure: 0 },
    options: [],
    ranking: [],
    sensitivity: [],
    exposure: [],
    screening: [],
    notes: [],
    noteMessages: [],
    currency: "USD",
    ...r,
  };
}

export function gapOf(g: Partial<Gap> & Pick<Gap, "id" | "inputId" | "inputName">): Gap {
  return {
    targetId: g.id.split(":")[0] ?? "",
    kind: "absent",
    requiredVolume: 0,
    unit: "units-per-year",
    domesticCapacity: 0,
    shortfall: 0,
    critical: false,
    chokepointsBelow: [],
    ...g,
  };
}
