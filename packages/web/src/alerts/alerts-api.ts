import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, postJson, query } from "../api/client.ts";

/** GET /api/alerts item (server: packages/server/src/routes/alerts.ts, `Alert` in /openapi.json). */
export interface Alert {
  id: string;
  kind: "added" | "removed" | "changed";
  status: "open" | "acknowledged";
  partySource: string;
  partyId: string;
  partyName: string;
  partyRole: string | null;
  scenarioId: string | null;
  list: string;
  entityId: string;
  entityName: string;
  matchedName: string;
  publicationDate: string | null;
  oldDatasetVersion: number | null;
  newDatasetVersion: number;
  oldListVersion: string | null;
  newListVersion: string | null;
  oldScore: number | null;
  newScore: number | null;
  threshold: number;
  createdAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  note: string | null;
}

/** GET /api/scenarios/{id}/plans/latest/staleness (`PlanStaleness` in /openapi.json). */
export interface PlanStaleness {
  jobId: string;
  planCreatedAt: string;
  stale: {
    code: "plan.stale.sanctions";
    reason: string;
    listVersion: number;
    alerts: Pick<Alert, "id" | "kind" | "partyName" | "partyRole" | "list" | "matchedName">[];
  } | null;
}

const enc = encodeURIComponent;

export const alertsApi = {
  open: (scenarioId: string) =>
    getJson<Alert[]>(`/api/alerts${query({ scenario: scenarioId, status: "open" })}`),
  acknowledge: (id: string, note: string) =>
    postJson<Alert>(`/api/alerts/${enc(id)}/acknowledge`, note ? { note } : {}),
  staleness: (scenarioId: string) =>
    getJson<PlanStaleness>(`/api/scenarios/${enc(scenarioId)}/plans/latest/staleness`),
};

export function useOpenAlerts(scenarioId: string) {
  return useQuery({ queryKey: ["alerts", scenarioId], queryFn: () => alertsApi.open(scenarioId) });
}

export function usePlanStaleness(scenarioId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["plan-staleness", scenarioId],
    queryFn: () => alertsApi.staleness(scenarioId),
    enabled,
  });
}

export function useAcknowledgeAlert(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => alertsApi.acknowledge(id, note),
    onSettled: () => client.invalidateQueries({ queryKey: ["alerts", scenarioId] }),
  });
}
