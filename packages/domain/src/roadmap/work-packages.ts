// From the schema module itself: scenario validation (actuals) uses the chain slots too.
import type { CollaborationModel, WorkPackage, WorkPackageKind } from "../scenario/schema.ts";
import { WORK_PACKAGE_KINDS } from "../scenario/schema.ts";
import type { Phase } from "./plan.ts";

export const KIND_PHASE: Record<WorkPackageKind, Phase> = {
  negotiate: "market",
  "setup-company": "joint-engineering",
  transfer: "joint-engineering",
  train: "joint-engineering",
  qualify: "joint-engineering",
  pilot: "localized-production",
  production: "localized-production",
};

/** A position in a gap's chain of work packages: the n-th package of one kind. */
export interface Slot {
  kind: WorkPackageKind;
  occurrence: number;
}

function slotsOf(model: CollaborationModel): Slot[] {
  const seen = new Map<WorkPackageKind, number>();
  return model.workPackages.map((wp) => {
    const occurrence = seen.get(wp.kind) ?? 0;
    seen.set(wp.kind, occurrence + 1);
    return { kind: wp.kind, occurrence };
  });
}

/**
 * The chain of a gap is the union of the work packages of every collaboration model it may use,
 * in the canonical order negotiate → set up company → transfer → train → qualify → pilot →
 * production (repeated kinds keep their relative order). A model that lacks a slot gets a
 * zero-length mode there, so one activity list serves every option of the gap.
 */
export function chainSlots(models: readonly CollaborationModel[]): Slot[] {
  const max = new Map<WorkPackageKind, number>();
  for (const m of models) {
    for (const s of slotsOf(m)) max.set(s.kind, Math.max(max.get(s.kind) ?? 0, s.occurrence + 1));
  }
  const slots: Slot[] = [];
  for (const kind of WORK_PACKAGE_KINDS) {
    for (let occurrence = 0; occurrence < (max.get(kind) ?? 0); occurrence++)
      slots.push({ kind, occurrence });
  }
  return slots;
}

/** The model's work package filling `slot`, if it has one. */
export function workPackageAt(model: CollaborationModel, slot: Slot): WorkPackage | undefined {
  let n = 0;
  for (const wp of model.workPackages) {
    if (wp.kind !== slot.kind) continue;
    if (n === slot.occurrence) return wp;
    n++;
  }
  return undefined;
}

export function slotId(gapId: string, slot: Slot): string {
  return slot.occurrence === 0 ? `${gapId}:${slot.kind}` : `${gapId}:${slot.kind}-${slot.occurrence + 1}`;
}
