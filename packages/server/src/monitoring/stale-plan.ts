import type { AlertRecord, Database, PlanRecord } from "@chiproad/db";
import type { Scenario } from "@chiproad/domain";

/** Why a stored plan no longer reflects the lists: the alerts that changed a party's lawfulness. */
export interface PlanStaleness {
  /** Message code (clients render it in the reader's language) and an English sentence for logs. */
  code: "plan.stale.sanctions";
  reason: string;
  /** The stored entity-list version the plan's options would now be screened against. */
  listVersion: number;
  alerts: Pick<AlertRecord, "id" | "kind" | "partyName" | "partyRole" | "list" | "matchedName">[];
}

/**
 * A plan is stale when, after it was made, re-screening raised an alert that crosses the scenario's
 * sanctions threshold for one of its parties — a hit that appeared ("added": an option that was
 * lawful may now be blocked) or disappeared ("removed": an option excluded for it may now be lawful)
 * — on a list the scenario counts (`rules.sanctions.lists`, all lists when it names none). Only the
 * scenario's own firms count: an agreement's parties are not options the planner chose. A changed
 * score stays on the same side of the threshold (a crossing is reported as added/removed), so it does
 * not change lawfulness and does not make the plan stale.
 */
export async function planStaleness(
  db: Database,
  plan: Pick<PlanRecord, "scenarioId" | "createdAt">,
  scenario: Scenario | undefined,
): Promise<PlanStaleness | null> {
  const lists = scenario?.rules?.sanctions?.lists ?? [];
  const counts = (list: string) =>
    lists.length === 0 || lists.some((l) => list.toLowerCase().includes(l.match.toLowerCase()));
  const alerts = (
    await db.alerts.list({ scenarioId: plan.scenarioId, after: new Date(plan.createdAt) })
  ).filter((a) => a.partySource === "scenario" && a.kind !== "changed" && counts(a.list));
  if (alerts.length === 0) return null;
  const listVersion = Math.max(...alerts.map((a) => a.newDatasetVersion));
  const parties = [...new Set(alerts.map((a) => a.partyName))].sort();
  return {
    code: "plan.stale.sanctions",
    reason: `after this plan was made, entity-list version ${listVersion} changed the sanctions screening of ${parties.join(", ")}; re-plan`,
    listVersion,
    alerts: alerts.map((a) => ({
      id: a.id,
      kind: a.kind,
      partyName: a.partyName,
      partyRole: a.partyRole,
      list: a.list,
      matchedName: a.matchedName,
    })),
  };
}
