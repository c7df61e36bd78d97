import { useQuery } from "@tanstack/react-query";
import { ApiProblem } from "./client.ts";
import { api } from "./endpoints.ts";
import type { Chokepoint, StoredPlan } from "./types.ts";

// Scenario-scoped queries are keyed [kind, scenarioId, ...] so a save can invalidate them all at once.

/** The latest succeeded plan, or null when the scenario has never been planned. */
export function useLatestPlan(id: string | null) {
  return useQuery<StoredPlan | null>({
    queryKey: ["plan", id],
    queryFn: async () => {
      try {
        return await api.latestPlan(id ?? "");
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    enabled: id !== null,
  });
}

export function useGaps(id: string | null) {
  return useQuery({ queryKey: ["gaps", id], queryFn: () => api.gaps(id ?? ""), enabled: id !== null });
}

export function usePartnerFit(id: string | null) {
  return useQuery({
    queryKey: ["partners", id],
    queryFn: () => api.partners(id ?? ""),
    enabled: id !== null,
  });
}

export function useMarket(params: { importer: string; hs: string; from?: number; to?: number } | null) {
  return useQuery({
    queryKey: ["market", params],
    queryFn: () => api.market(params ?? { importer: "", hs: "" }),
    enabled: params !== null && params.importer !== "",
  });
}

export function useChokepoints(top: number, threshold: number) {
  return useQuery<Chokepoint[]>({
    queryKey: ["chokepoints", top, threshold],
    queryFn: async () => {
      const data = await api.chokepoints(top, threshold);
      return Array.isArray(data) ? data : (data.chokepoints ?? []);
    },
  });
}

export function useChainGaps(country: string | undefined) {
  return useQuery({
    queryKey: ["chain-gaps", country],
    queryFn: () => api.chainGaps(country ?? ""),
    enabled: Boolean(country),
  });
}
