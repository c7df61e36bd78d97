import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanChange } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function DiffTable({ diff, names }: { diff: PlanChange[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { name, currency } = useDomainText();
  const show = (value: unknown, field: string) => {
    if (value === null || value === undefined) return "—";
    if (typeof value === "string" && (field === "partner" || field === "model")) return name(field, value);
    if (typeof value === "number" && /cost/i.test(field)) return format.money(value, currency);
    if (typeof value === "string" && ISO_DAY.test(value)) return format.date(value);
    if (typeof value === "number") return format.number(value);
    return typeof value === "string" ? value : JSON.stringify(value);
  };
  if (diff.length === 0) return <Text data-testid="whatif-nodiff">{t("whatif.noDiff")}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid="whatif-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("roadmap.activity")}</Table.Th>
            <Table.Th>{t("whatif.field")}</Table.Th>
            <Table.Th>{t("whatif.before")}</Table.Th>
            <Table.Th>{t("whatif.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.map((change) => (
            <Table.Tr key={`${change.activity}/${change.field}`}>
              <Table.Td>
                {change.activity === "plan"
                  ? t("whatif.plan")
                  : (names.get(change.activity) ?? change.activity)}
              </Table.Td>
              <Table.Td>{t(`whatif.fields.${change.field}`, { defaultValue: change.field })}</Table.Td>
              <Table.Td>{show(change.before, change.field)}</Table.Td>
              <Table.Td>{show(change.after, change.field)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
