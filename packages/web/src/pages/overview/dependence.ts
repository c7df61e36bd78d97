import type { PartnerFitReport, Plan } from "../../api/types.ts";

export interface GapDependence {
  gapId: string;
  partner: string;
  model: string;
  before: number | undefined;
  after: number | undefined;
}

/**
 * Import concentration (HHI) per gap before and after the plan: "after" is the HHI the partner-fit
 * report estimates for the option the plan actually chose for that gap.
 */
export function dependenceByGap(plan: Plan, report: PartnerFitReport): GapDependence[] {
  const chosen = new Map<string, { partner: string; model: string }>();
  for (const d of plan.decisions ?? []) chosen.set(d.gapId, { partner: d.partner, model: d.model });
  for (const a of plan.activities) {
    if (a.gapId && a.partner && a.model && !chosen.has(a.gapId)) {
      chosen.set(a.gapId, { partner: a.partner, model: a.model });
    }
  }
  const rows: GapDependence[] = [];
  for (const [gapId, choice] of chosen) {
    const option = report.options.find(
      (o) => o.gapId === gapId && o.partnerId === choice.partner && o.modelId === choice.model,
    );
    const anyForGap = report.options.find((o) => o.gapId === gapId && o.hhiBefore !== undefined);
    rows.push({
      gapId,
      ...choice,
      before: option?.hhiBefore ?? anyForGap?.hhiBefore,
      after: option?.hhiAfter,
    });
  }
  return rows;
}
