import { useQuery } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext } from "react";
import { api } from "../api/endpoints.ts";
import type { ScenarioDocument } from "../api/types.ts";

const ScenarioIdContext = createContext<string | null>(null);

export function ScenarioProvider({ id, children }: { id: string | null; children: ReactNode }) {
  return <ScenarioIdContext.Provider value={id}>{children}</ScenarioIdContext.Provider>;
}

/** The id of the scenario every page works on (null while none exists). */
export function useScenarioId(): string | null {
  return useContext(ScenarioIdContext);
}

export function useScenarioList() {
  return useQuery({ queryKey: ["scenarios"], queryFn: api.scenarios });
}

export function useScenario(id: string | null) {
  return useQuery<ScenarioDocument>({
    queryKey: ["scenario", id],
    queryFn: () => api.scenario(id ?? ""),
    enabled: id !== null,
  });
}
