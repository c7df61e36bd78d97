import { Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import type { FirmScreening, ScenarioShape, ScreeningMatch, ScreeningResult } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

function matchesOf(result: ScreeningResult): ScreeningMatch[] {
  return result.matches;
}

/** Hits, each named with its list and score, and why it matched in the UI's language. */
function Hits({ hits }: { hits: { key: string; list: string; match: ScreeningMatch }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { say } = useDomainText();
  if (hits.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("partners.noHits")}
      </Text>
    );
  return (
    <Stack gap={4}>
      {hits.map(({ key, list, match }) => (
        <div key={key}>
          <Text size="sm">{`${match.name ?? match.id} (${list}, ${format.percent(match.score)})`}</Text>
          <Text size="xs" c="dimmed" data-testid="match-reasons">
            {t("partners.why")}:{" "}
            {(match.explanationMessages ?? []).map((m, i) => say(m, match.explanation?.[i])).join("; ")}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

const hitsOf = (matches: ScreeningMatch[]) =>
  matches.map((m) => ({ key: `${m.list}/${m.id}`, list: m.list ?? "?", match: m }));

/** Screens every partner firm named in the scenario, and any other name typed in. */
export function ScreeningPanel({
  partners,
  screening,
}: {
  partners: NonNullable<ScenarioShape["partners"]>;
  screening: FirmScreening[] | undefined;
}) {
  const { t } = useTranslation();
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
                  <Hits hits={hitsOf(matchesOf(row.result))} />
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
        <div data-testid="screening-one">
          <Hits hits={hitsOf(matchesOf(screenOne.data))} />
        </div>
      ) : null}
    </Stack>
  );
}

/** The screening the partner-fit report already ran on every firm named in the scenario. */
function ReportScreening({ rows }: { rows: FirmScreening[] }) {
  const { t } = useTranslation();
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
              <Hits
                hits={row.hits.map((h) => ({
                  key: `${h.listId}/${h.match.id}`,
                  list: h.listName ?? h.listId ?? h.match.list ?? "?",
                  match: h.match,
                }))}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
