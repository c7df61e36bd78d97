import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScenarioShape } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

export function ModelCatalog({
  models,
  timeUnit = "day",
}: {
  models: NonNullable<ScenarioShape["models"]>;
  /** The programme's time unit: work-package durations are counted in it. */
  timeUnit?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (models.length === 0) return <Text c="dimmed">{t("common.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="model-catalog">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("models.name")}</Table.Th>
            <Table.Th>{t("models.type")}</Table.Th>
            <Table.Th>{t("models.workPackages")}</Table.Th>
            <Table.Th>{t("models.transfers")}</Table.Th>
            <Table.Th>{t("models.localization")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.map((model) => (
            <Table.Tr key={model.id}>
              <Table.Td>
                {model.name ?? model.id}{" "}
                <Text span size="xs" c="dimmed">
                  {model.id}
                </Text>
              </Table.Td>
              <Table.Td>
                {model.type ? t(`models.types.${model.type}`, { defaultValue: model.type }) : "—"}
              </Table.Td>
              <Table.Td>
                {(model.workPackages ?? [])
                  .map(
                    (wp) =>
                      `${t(`models.kinds.${wp.kind}`, { defaultValue: wp.kind })} ${t(`units.${timeUnit}`, { count: wp.duration, n: format.integer(wp.duration) })}`,
                  )
                  .join(" → ")}
              </Table.Td>
              <Table.Td>
                {(model.transfers ?? []).length === 0
                  ? t("models.noTransfers")
                  : (model.transfers ?? []).map((c) => (
                      <Badge key={c} variant="light" mr={4}>
                        {c}
                      </Badge>
                    ))}
              </Table.Td>
              <Table.Td>{format.percent(model.localization)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
