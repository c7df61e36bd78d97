import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/endpoints.ts";

/**
 * Saves scenario text as a new version with If-Match on the version the edit started from; a 409
 * surfaces as an ApiProblem with code CONFLICT. Reports derived from the scenario are refetched.
 */
export function useSaveScenario(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, content }: { version: number; content: string }) =>
      api.saveScenario(scenarioId, version, content),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["scenarios"] });
      await client.invalidateQueries({
        predicate: (q) => q.queryKey[1] === scenarioId && q.queryKey[0] !== "plan",
      });
    },
  });
}
