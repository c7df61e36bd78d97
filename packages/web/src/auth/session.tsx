import { Center, Loader } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem, SIGNED_OUT_EVENT } from "../api/client.ts";
import { api } from "../api/endpoints.ts";
import type { Me } from "../api/types.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { LoginPage } from "./login-page.tsx";

const MeContext = createContext<Me | null>(null);

/** The signed-in user; only used below <SignedIn>, which renders nothing else without one. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside <SignedIn>");
  return me;
}

/** Renders its children for a signed-in user, the login page otherwise (also when a session ends). */
export function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const me = useQuery<Me | null>({
    queryKey: ["me"],
    queryFn: async () => {
      try {
        return await api.me();
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    const onSignedOut = () => {
      if (client.getQueryData(["me"])) {
        client.setQueryData(["me"], null);
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== "me" });
      }
    };
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [client]);

  if (me.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (me.isError) return <ProblemAlert error={me.error} />;
  if (!me.data) {
    return (
      <LoginPage
        onSignedIn={(user) => {
          client.removeQueries({ predicate: (q) => q.queryKey[0] !== "me" });
          client.setQueryData(["me"], user);
        }}
      />
    );
  }
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}
