import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RejectedOption } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { groupRejected } from "./rejected-groups.ts";

/** Options the planner may not use, each with the rule that decided it. */
export function RejectedTable({ rejected }: { rejected: RejectedOption[] }) {
  const { t } = useTranslation();
  const { say, name, ready } = useDomainText();
  if (rejected.length === 0) return <Text c="dimmed">{t("roadmap.noRejected")}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="rejected-table" data-names={ready}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("roadmap.partner")}</Table.Th>
            <Table.Th>{t("roadmap.model")}</Table.Th>
            <Table.Th>{t("roadmap.rule")}</Table.Th>
            <Table.Th>{t("roadmap.reason")}</Table.Th>
            <Table.Th>{t("roadmap.forActivities")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupRejected(rejected).map((r) => (
            <Table.Tr
              key={`${r.partner}/${r.model}/${r.rule}/${r.reason}`}
              data-testid="rejected-row"
              data-partner={r.partner}
              data-model={r.model}
              data-rule={r.rule}
            >
              <Table.Td>{r.partner ? name("partner", r.partner) : "—"}</Table.Td>
              <Table.Td>{r.model ? name("model", r.model) : "—"}</Table.Td>
              <Table.Td fw={600}>{r.rule || "—"}</Table.Td>
              <Table.Td>
                <Text size="sm">{say(r.message, r.reason)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {/* Gap names come with the gap report; until then "…" rather than ids. */}
                  {!ready
                    ? "…"
                    : r.gaps.length > 0
                      ? r.gaps.map((g) => name("gap", g)).join(", ")
                      : r.activities.join(", ")}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
