import { Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useScenario } from "../app/scenario-context.tsx";
import { QueryView } from "../ui/query-view.tsx";
import { AgreementCard } from "./agreement-card.tsx";
import { AgreementForm } from "./agreement-form.tsx";
import { useAgreements } from "./agreements-api.ts";

/** The programme's agreements register: list, create and edit, status changes, screening flags, documents. */
export function AgreementsPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const agreements = useAgreements(scenarioId);
  const scenario = useScenario(scenarioId);
  const [creating, setCreating] = useState(false);
  const milestones = scenario.data?.names?.milestone ?? {};
  const activityName = (id: string) => {
    const m = /^milestone:(.+)$/.exec(id);
    return m?.[1] !== undefined && milestones[m[1]] ? milestones[m[1]]! : id;
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} data-testid="page-title">
          {t("agreements.title")}
        </Title>
        <Button onClick={() => setCreating(true)} data-testid="agreement-new">
          {t("agreements.new")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t("agreements.intro")}
      </Text>
      <QueryView query={agreements}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t("agreements.none")}</Text>
          ) : (
            <Stack>
              {list.map((a) => (
                <AgreementCard
                  key={a.id}
                  scenarioId={scenarioId}
                  programmeCountry={scenario.data?.country ?? null}
                  agreement={a}
                  activityName={activityName}
                />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("agreements.new")} size="xl">
        <AgreementForm
          scenarioId={scenarioId}
          programmeCountry={scenario.data?.country ?? null}
          onDone={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  );
}
