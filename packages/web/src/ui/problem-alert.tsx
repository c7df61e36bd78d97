import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../api/client.ts";

/** Shows a server problem (code, detail and per-field errors) or any other thrown value. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error.problem : null;
  const heading = title ?? (problem ? t(`errors.${problem.code}`) : t("errors.INTERNAL"));
  const detail = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  return (
    <Alert color={problem?.code === "INFEASIBLE" ? "orange" : "red"} title={heading} role="alert">
      <Text size="sm">{detail}</Text>
      {problem?.errors?.length ? (
        <List size="sm" mt="xs">
          {problem.errors.map((issue) => (
            <List.Item key={`${issue.path}:${issue.line}:${issue.column}:${issue.message}`}>
              {issue.line !== undefined ? `${issue.line}:${issue.column ?? 1} ` : ""}
              {issue.path ? `${issue.path}: ` : ""}
              {issue.message}
              {issue.hint ? ` — ${issue.hint}` : ""}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
