import { Alert, Card, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScenarioShape } from "../../api/types.ts";
import { useScenario } from "../../app/scenario-context.tsx";
import { QueryView } from "../../ui/query-view.tsx";
import { ModelCatalog } from "./model-catalog.tsx";
import { PartnerDesigner } from "./partner-designer.tsx";

export function ModelsPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const scenario = useScenario(scenarioId);
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("models.title")}
      </Title>
      <QueryView query={scenario}>
        {(doc) => {
          const shape = (doc.scenario ?? {}) as ScenarioShape;
          return (
            <>
              <Card withBorder>
                <Title order={3} size="h4" mb="sm">
                  {t("models.catalog")}
                </Title>
                <ModelCatalog
                  models={shape.models ?? []}
                  timeUnit={shape.program?.timeUnit === "week" ? "week" : "day"}
                />
              </Card>
              <Card withBorder>
                <Title order={3} size="h4">
                  {t("models.designer")}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {t("models.designerHint")}
                </Text>
                {saved !== null ? (
                  <Alert color="teal" mb="sm" role="status" data-testid="designer-saved">
                    {t("editor.saved", { version: saved })}
                  </Alert>
                ) : null}
                <PartnerDesigner key={doc.version} doc={doc} shape={shape} onSaved={setSaved} />
              </Card>
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}
