import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePlanStaleness } from "./alerts-api.ts";

/**
 * "The plan is stale — re-plan": shown when re-screening on a newer list version changed the
 * lawfulness of a party the stored plan relied on (the server's staleness check).
 */
export function StalePlanHint({ scenarioId, hasPlan }: { scenarioId: string; hasPlan: boolean }) {
  const { t } = useTranslation();
  const staleness = usePlanStaleness(scenarioId, hasPlan);
  const stale = staleness.data?.stale;
  if (!stale) return null;
  const parties = [...new Set(stale.alerts.map((a) => a.partyName))];
  return (
    <Alert color="orange" title={t("alerts.staleTitle")} data-testid="plan-stale">
      <Text size="sm">
        {t("alerts.staleBody", { version: stale.listVersion, parties: parties.join(", ") })}
      </Text>
    </Alert>
  );
}
