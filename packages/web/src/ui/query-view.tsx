import { Center, Loader } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./problem-alert.tsx";

/** Renders a query's loading and error states the same way on every page. */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending && query.fetchStatus !== "idle") {
    return (
      <Center p="md">
        <Loader size="sm" aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (query.error) return <ProblemAlert error={query.error} />;
  if (query.data === undefined) return null;
  return <>{children(query.data)}</>;
}
