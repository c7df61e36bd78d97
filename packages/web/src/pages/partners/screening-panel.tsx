import { Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import type { FirmScreening, ScenarioShape, ScreeningMatch, ScreeningResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

function matchesOf(result: ScreeningResult): ScreeningMatch[] {
  return result.matches;
}

/** Screens every partner firm named in the scenario, and any other name typed in. */
export function ScreeningPanel({
  partners,
  screening,
}: {
  partners: NonNullable<ScenarioShape["partners"]>;
  screening: FirmScreening[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const firms = partners.flatMap((p) =>
    (p.firms ?? []).map((f) => ({ partner: p.name ?? p.id, firm: f, country: f.country ?? p.country })),
  );
  const [name, setName] = useState("");
  const screenAll = useMutation({
    mutationFn: () =>
      Promise.all(
        firms.map(async (f) => ({
          ...f,
          result: await api.screen(
            f.country ? { name: f.firm.name, country: f.country } : { name: f.firm.name },
          ),
        })),
      ),
  });
  const screenOne = useMutation({ mutationFn: (query: string) => api.screen({ name: query }) });
  return (
    <Stack>
      {screening && screening.length > 0 ? <ReportScreening rows={screening} /> : null}
      <Group>
        <Button
          onClick={() => screenAll.mutate()}
          loading={screenAll.isPending}
          disabled={firms.length === 0}
        >
          {t("partners.screenAll", { count: firms.length })}
        </Button>
      </Group>
      <ProblemAlert error={screenAll.error} />
      {screenAll.data ? (
        <Table data-testid="screening-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("partners.partner")}</Table.Th>
              <Table.Th>{t("partners.firm")}</Table.Th>
              <Table.Th>{t("partners.matches")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {screenAll.data.map((row) => (
              <Table.Tr key={`${row.partner}/${row.firm.id}`}>
                <Table.Td>{row.partner}</Table.Td>
                <Table.Td>{row.firm.name}</Table.Td>
                <Table.Td>
                  {matchesOf(row.result).length === 0
                    ? t("partners.noHits")
                    : matchesOf(row.result)
                        .map((m) => `${m.name ?? m.id} (${m.list ?? "?"}, ${format.percent(m.score)})`)
                        .join("; ")}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) screenOne.mutate(name.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t("partners.screenName")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={320}
          />
          <Button type="submit" variant="light" loading={screenOne.isPending}>
            {t("partners.screen")}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={screenOne.error} />
      {screenOne.data ? (
        <Text size="sm" data-testid="screening-one">
          {matchesOf(screenOne.data).length === 0
            ? t("partners.noHits")
            : matchesOf(screenOne.data)
                .map((m) => `${m.name ?? m.id} (${m.list ?? "?"}, ${format.percent(m.score)})`)
                .join("; ")}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The screening the partner-fit report already ran on every firm named in the scenario. */
function ReportScreening({ rows }: { rows: FirmScreening[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table data-testid="report-screening">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("partners.firm")}</Table.Th>
          <Table.Th>{t("partners.side")}</Table.Th>
          <Table.Th>{t("partners.matches")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.side}/${row.firmId}`}>
            <Table.Td>{row.firmName}</Table.Td>
            <Table.Td>
              {t(`partners.sides.${row.side ?? "partner"}`, { defaultValue: row.side ?? "" })}
            </Table.Td>
            <Table.Td>
              {row.hits.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("partners.noHits")}
                </Text>
              ) : (
                row.hits
                  .map(
                    (h) =>
                      `${h.match?.name ?? "?"} (${h.listName ?? h.listId ?? h.match?.list ?? "?"}, ${format.percent(h.match?.score)})`,
                  )
                  .join("; ")
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
