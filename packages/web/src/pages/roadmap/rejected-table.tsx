import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RejectedOption } from "../../api/types.ts";

/** Options the planner may not use, each with the rule that decided it. */
export function RejectedTable({ rejected }: { rejected: RejectedOption[] }) {
  const { t } = useTranslation();
  if (rejected.length === 0) return <Text c="dimmed">{t("roadmap.noRejected")}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="rejected-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("roadmap.activity")}</Table.Th>
            <Table.Th>{t("roadmap.partner")}</Table.Th>
            <Table.Th>{t("roadmap.model")}</Table.Th>
            <Table.Th>{t("roadmap.rule")}</Table.Th>
            <Table.Th>{t("roadmap.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rejected.map((r) => (
            <Table.Tr
              key={`${r.activity}/${r.partner}/${r.model}/${r.rule}`}
              data-testid="rejected-row"
              data-partner={r.partner ?? ""}
              data-model={r.model ?? ""}
              data-rule={r.rule ?? ""}
            >
              <Table.Td>{r.activity ?? "—"}</Table.Td>
              <Table.Td>{r.partner ?? "—"}</Table.Td>
              <Table.Td>{r.model ?? "—"}</Table.Td>
              <Table.Td fw={600}>{r.rule ?? "—"}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
