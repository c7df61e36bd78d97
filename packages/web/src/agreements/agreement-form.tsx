import { ActionIcon, Button, Group, Select, Stack, Table, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import {
  AGREEMENT_KINDS,
  type Agreement,
  type AgreementKind,
  type AgreementObligation,
  type AgreementParty,
  agreementsApi,
  useAgreementWrite,
} from "./agreements-api.ts";

interface PartyRow {
  id: string;
  name: string;
  country: string;
  origin: AgreementParty["origin"];
  kind: AgreementParty["kind"];
}
interface ObligationRow {
  /** React key of the row (obligation ids may be empty while typing). */
  key: number;
  id: string;
  party: string;
  description: string;
  /** Activity ids separated by commas or spaces. */
  activities: string;
  due: string;
}

let rowKeys = 0;
const rowKey = () => ++rowKeys;

const emptyParty = (n: number): PartyRow => ({
  id: `p${n}`,
  name: "",
  country: "",
  origin: "foreign",
  kind: "firm",
});

/** `p<n>` with the smallest n no row uses. */
function freshPartyId(rows: PartyRow[]): number {
  let n = rows.length + 1;
  while (rows.some((r) => r.id === `p${n}`)) n++;
  return n;
}

function slug(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return s || fallback;
}

/** Create (no `agreement`) or edit an agreement: kind, title, parties, obligations, notes, sources. */
export function AgreementForm({
  scenarioId,
  programmeCountry,
  agreement,
  onDone,
}: {
  scenarioId: string;
  /** The programme's country (alpha-3): a party of that country is domestic, any other foreign. */
  programmeCountry: string | null;
  agreement?: Agreement;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AgreementKind>(agreement?.kind ?? "cooperation");
  const [title, setTitle] = useState(agreement?.title ?? "");
  const [parties, setParties] = useState<PartyRow[]>(
    agreement?.parties.map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      origin: p.origin,
      kind: p.kind,
    })) ?? [emptyParty(1)],
  );
  const [obligations, setObligations] = useState<ObligationRow[]>(
    agreement?.obligations.map((o) => ({
      key: rowKey(),
      id: o.id,
      party: o.party,
      description: o.description,
      activities: o.activityIds.join(", "),
      due: o.due ?? "",
    })) ?? [],
  );
  const [notes, setNotes] = useState(agreement?.notes ?? "");
  const [sources, setSources] = useState(agreement?.sources.join("\n") ?? "");
  const [opened, setOpened] = useState("");

  const save = useAgreementWrite(scenarioId, async () => {
    const partyIds = new Map(parties.map((p, i) => [p.id, p.id || slug(p.name, `p${i + 1}`)]));
    const body = {
      kind,
      title,
      parties: parties.map((p, i) => {
        const aliases = agreement?.parties.find((x) => x.id === p.id)?.aliases;
        return {
          id: partyIds.get(p.id) ?? `p${i + 1}`,
          name: p.name,
          country: p.country.trim().toUpperCase(),
          origin: p.origin,
          kind: p.kind,
          ...(aliases ? { aliases } : {}),
        };
      }),
      obligations: obligations.map(
        (o, i): AgreementObligation => ({
          id: o.id || `o${i + 1}`,
          party: partyIds.get(o.party) ?? o.party,
          description: o.description,
          activityIds: o.activities.split(/[\s,]+/).filter(Boolean),
          ...(o.due ? { due: o.due } : {}),
        }),
      ),
      notes: notes.trim() ? notes : null,
      sources: sources
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
    };
    if (agreement)
      await agreementsApi.update(scenarioId, agreement.id, { ...body, version: agreement.version });
    else await agreementsApi.create(scenarioId, { ...body, ...(opened ? { on: opened } : {}) });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, { onSuccess: onDone });
  };
  const setParty = (i: number, patch: Partial<PartyRow>) =>
    setParties((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setObligation = (i: number, patch: Partial<ObligationRow>) =>
    setObligations((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const partyOptions = parties.map((p) => ({ value: p.id, label: p.name || p.id }));

  return (
    <form onSubmit={submit} data-testid="agreement-form">
      <Stack gap="sm">
        <Group grow align="flex-end">
          <Select
            label={t("agreements.kind")}
            data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v as AgreementKind)}
            data-testid="agreement-kind"
          />
          <TextInput
            label={t("agreements.titleField")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-testid="agreement-title"
          />
          {agreement ? null : (
            <TextInput
              type="date"
              label={t("agreements.opened")}
              value={opened}
              onChange={(e) => setOpened(e.currentTarget.value)}
              data-testid="agreement-opened"
            />
          )}
        </Group>
        <Title order={4}>{t("agreements.parties")}</Title>
        <Table data-testid="party-rows">
          <Table.Tbody>
            {parties.map((p, i) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <TextInput
                    aria-label={t("agreements.partyName")}
                    placeholder={t("agreements.partyName")}
                    required
                    value={p.name}
                    onChange={(e) => setParty(i, { name: e.currentTarget.value })}
                    data-testid="party-name"
                  />
                </Table.Td>
                <Table.Td w={90}>
                  <TextInput
                    aria-label={t("agreements.country")}
                    placeholder="CHN"
                    required
                    value={p.country}
                    onChange={(e) => {
                      const country = e.currentTarget.value;
                      const code = country.trim().toUpperCase();
                      setParty(i, {
                        country,
                        ...(programmeCountry && code.length === 3
                          ? { origin: code === programmeCountry ? "domestic" : "foreign" }
                          : {}),
                      });
                    }}
                    data-testid="party-country"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("agreements.origin")}
                    data={(["domestic", "foreign"] as const).map((o) => ({
                      value: o,
                      label: t(`agreements.origins.${o}`),
                    }))}
                    value={p.origin}
                    allowDeselect={false}
                    onChange={(v) => v && setParty(i, { origin: v as PartyRow["origin"] })}
                    data-testid="party-origin"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("agreements.partyKind")}
                    data={(["firm", "organisation"] as const).map((k) => ({
                      value: k,
                      label: t(`agreements.partyKinds.${k}`),
                    }))}
                    value={p.kind}
                    allowDeselect={false}
                    onChange={(v) => v && setParty(i, { kind: v as PartyRow["kind"] })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("agreements.removeParty")}
                    disabled={parties.length === 1}
                    onClick={() => setParties((rows) => rows.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => setParties((rows) => [...rows, emptyParty(freshPartyId(rows))])}
            data-testid="party-add"
          >
            {t("agreements.addParty")}
          </Button>
        </Group>
        <Title order={4}>{t("agreements.obligations")}</Title>
        {obligations.map((o, i) => (
          <Group key={o.key} align="flex-end" grow data-testid="obligation-row">
            <Select
              label={t("agreements.owedBy")}
              data={partyOptions}
              value={o.party || null}
              onChange={(v) => v && setObligation(i, { party: v })}
            />
            <TextInput
              label={t("agreements.obligation")}
              required
              value={o.description}
              onChange={(e) => setObligation(i, { description: e.currentTarget.value })}
            />
            <TextInput
              label={t("agreements.activities")}
              description={t("agreements.activitiesHint")}
              value={o.activities}
              onChange={(e) => setObligation(i, { activities: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t("agreements.due")}
              value={o.due}
              onChange={(e) => setObligation(i, { due: e.currentTarget.value })}
            />
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setObligations((rows) => [
                ...rows,
                {
                  key: rowKey(),
                  id: "",
                  party: parties[0]?.id ?? "",
                  description: "",
                  activities: "",
                  due: "",
                },
              ])
            }
          >
            {t("agreements.addObligation")}
          </Button>
        </Group>
        <Textarea
          label={t("agreements.notes")}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
        />
        <Textarea
          label={t("agreements.sources")}
          description={t("agreements.sourcesHint")}
          value={sources}
          onChange={(e) => setSources(e.currentTarget.value)}
          autosize
        />
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="agreement-save">
            {t("agreements.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
