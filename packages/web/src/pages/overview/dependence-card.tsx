import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerFitReport, Plan } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { dependenceByGap } from "./dependence.ts";

export function DependenceCard({ plan, report }: { plan: Plan; report: PartnerFitReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { name } = useDomainText();
  const rows = dependenceByGap(plan, report);
  if (rows.length === 0) return <Text c="dimmed">{t("overview.noDependence")}</Text>;
  return (
    <Table data-testid="dependence-table">
      <Table.Caption>{t("overview.hhiCaption")}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("overview.gap")}</Table.Th>
          <Table.Th>{t("overview.choice")}</Table.Th>
          <Table.Th>{t("overview.hhiNow")}</Table.Th>
          <Table.Th>{t("overview.hhiAfter")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.gapId}>
            <Table.Td>{name("gap", row.gapId)}</Table.Td>
            <Table.Td>
              {name("partner", row.partner)} · {name("model", row.model)}
            </Table.Td>
            <Table.Td>{format.number(row.before)}</Table.Td>
            <Table.Td>{format.number(row.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
