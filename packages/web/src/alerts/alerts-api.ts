import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, postJson, query } from "../api/client.ts";
import type { Alert, PlanStaleness } from "../api/types.ts";

export type { Alert, PlanStaleness };

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
