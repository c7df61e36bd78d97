import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

/** A stale If-Match (409) gets its own message and a way to load the newer version. */
export function ConflictAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiProblem) || error.code !== "CONFLICT") return <ProblemAlert error={error} />;
  return (
    <Alert color="yellow" title={t("editor.conflictTitle")} role="alert" data-testid="conflict-alert">
      <Text size="sm">{t("editor.conflict")}</Text>
      {error.problem.detail ? (
        <Text size="xs" c="dimmed">
          {error.problem.detail}
        </Text>
      ) : null}
      <Button mt="sm" size="xs" onClick={onReload}>
        {t("editor.reload")}
      </Button>
    </Alert>
  );
}
