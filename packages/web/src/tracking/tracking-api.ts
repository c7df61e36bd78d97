import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, postJson } from "../api/client.ts";
import type { components } from "../api/openapi.gen.ts";

type Schemas = components["schemas"];

/** Execution tracking's shapes, generated from the server's /openapi.json. */
export type Baseline = Schemas["Baseline"];
export type BaselineVariance = Schemas["BaselineVariance"];
export type Variance = Schemas["Variance"];

const enc = encodeURIComponent;

export const trackingApi = {
  baselines: (scenarioId: string) => getJson<Baseline[]>(`/api/scenarios/${enc(scenarioId)}/baselines`),
  save: (scenarioId: string, name: string, jobId: string) =>
    postJson<Baseline>(`/api/scenarios/${enc(scenarioId)}/baselines`, { name, jobId }),
  variance: (scenarioId: string, name: string) =>
    getJson<BaselineVariance>(`/api/scenarios/${enc(scenarioId)}/baselines/${enc(name)}/variance`),
};

export function useBaselines(scenarioId: string) {
  return useQuery({ queryKey: ["baselines", scenarioId], queryFn: () => trackingApi.baselines(scenarioId) });
}

export function useVariance(scenarioId: string, name: string | null) {
  return useQuery({
    // Keyed under the plan too, so a new plan refreshes the forecast.
    queryKey: ["plan", scenarioId, "variance", name],
    queryFn: () => trackingApi.variance(scenarioId, name ?? ""),
    enabled: name !== null,
  });
}

export function useSaveBaseline(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, jobId }: { name: string; jobId: string }) =>
      trackingApi.save(scenarioId, name, jobId),
    onSuccess: () => client.invalidateQueries({ queryKey: ["baselines", scenarioId] }),
  });
}
