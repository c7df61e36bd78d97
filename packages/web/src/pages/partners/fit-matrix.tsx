import { Badge, Table, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import type { RankedOption } from "./rank.ts";

/** Gap × partner × model, lawful options ranked first; unlawful ones name the deciding rule. */
export function FitMatrix({
  options,
  domesticHits = new Set<string>(),
}: {
  options: RankedOption[];
  /** Sanctions-list entries that match the programme's own firms: left out of each partner's row. */
  domesticHits?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say, name, currency, ready } = useDomainText();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover data-testid="fit-matrix" data-names={ready}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("partners.gap")}</Table.Th>
            <Table.Th>#</Table.Th>
            <Table.Th>{t("partners.partner")}</Table.Th>
            <Table.Th>{t("partners.model")}</Table.Th>
            <Table.Th>{t("partners.lawful")}</Table.Th>
            <Table.Th>{t("partners.rule")}</Table.Th>
            <Table.Th>{t("partners.sanctions")}</Table.Th>
            <Table.Th>{t("partners.coverage")}</Table.Th>
            <Table.Th>{t("partners.leadTime")}</Table.Th>
            <Table.Th>{t("partners.cost")}</Table.Th>
            <Table.Th>{t("partners.hhiAfter")}</Table.Th>
            <Table.Th>{t("partners.score")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {options.map((o) => {
            const reason = say(o.message, o.reason);
            const hits = (o.sanctionsHits ?? []).filter((h) => !domesticHits.has(h.id));
            return (
              <Table.Tr
                key={`${o.gapId}/${o.partnerId}/${o.modelId}`}
                data-testid="fit-row"
                data-partner={o.partnerId}
                data-model={o.modelId}
                data-lawful={o.lawful}
              >
                <Table.Td>{ready ? name("gap", o.gapId) : "…"}</Table.Td>
                <Table.Td>{o.rank ?? "—"}</Table.Td>
                <Table.Td>{name("partner", o.partnerId)}</Table.Td>
                <Table.Td>
                  {name("model", o.modelId)}
                  {o.modelType ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      {t(`models.types.${o.modelType}`, { defaultValue: o.modelType })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {o.lawful ? (
                    <Badge color="teal">
                      {o.licenceDelayDays
                        ? t("partners.licence", { days: format.integer(o.licenceDelayDays) })
                        : t("partners.yes")}
                    </Badge>
                  ) : (
                    <Badge color="red">{t("partners.no")}</Badge>
                  )}
                </Table.Td>
                <Table.Td maw={320}>
                  {o.rule ? (
                    <Text fw={600} size="sm">
                      {o.rule}
                    </Text>
                  ) : null}
                  {/* Clamped visually only: the whole reason stays in the DOM for screen readers. */}
                  {reason ? (
                    <Text size="xs" lineClamp={o.lawful ? 2 : 4} title={reason}>
                      {reason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td data-testid="fit-hits">
                  {hits.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("partners.noHits")}
                    </Text>
                  ) : (
                    hits.map((hit) => (
                      <Tooltip key={hit.id} label={`${hit.list ?? ""} · ${format.percent(hit.score)}`}>
                        <Badge color="orange" variant="light" tabIndex={0}>
                          {hit.name}
                        </Badge>
                      </Tooltip>
                    ))
                  )}
                </Table.Td>
                <Table.Td>{format.percent(o.coverage)}</Table.Td>
                <Table.Td>
                  {o.leadTimeDays === undefined ? "—" : t("overview.days", { count: o.leadTimeDays })}
                </Table.Td>
                <Table.Td>{format.money(o.cost, currency)}</Table.Td>
                <Table.Td>{format.number(o.hhiAfter)}</Table.Td>
                <Table.Td fw={600}>{format.number(o.liveScore)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
