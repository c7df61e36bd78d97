import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cell).join(", ");
  return JSON.stringify(value);
}

/**
 * A plain table for report rows whose exact shape the UI does not model (the API may add fields);
 * columns are the union of the rows' keys in first-seen order.
 */
export function RecordTable({
  rows,
  caption,
  max = 50,
}: {
  rows: unknown[];
  caption?: string;
  max?: number;
}) {
  const { t } = useTranslation();
  const records = rows.filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null);
  if (records.length === 0) return <Text c="dimmed">{t("common.none")}</Text>;
  const columns: string[] = [];
  for (const record of records)
    for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
  return (
    <Table.ScrollContainer minWidth={500}>
      <Table striped>
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.slice(0, max).map((record, i) => (
            // Rows have no guaranteed id; their position is their identity in this read-only table.
            // biome-ignore lint/suspicious/noArrayIndexKey: read-only rows without ids
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c}>{cell(record[c])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
