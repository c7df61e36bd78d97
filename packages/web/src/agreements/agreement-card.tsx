import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { AgreementForm } from "./agreement-form.tsx";
import { type Agreement, type AgreementStatus, agreementsApi, useAgreementWrite } from "./agreements-api.ts";

const STATUS_COLOR: Record<AgreementStatus, string> = {
  draft: "gray",
  negotiating: "blue",
  signed: "teal",
  "in-force": "green",
  expired: "dark",
  terminated: "red",
};

/** One agreement: parties with their screening flags and alerts, obligations, history, documents, actions. */
export function AgreementCard({
  scenarioId,
  programmeCountry,
  agreement: a,
  activityName,
}: {
  scenarioId: string;
  programmeCountry: string | null;
  agreement: Agreement;
  /** The display name of a roadmap activity id (a milestone's name), or the id itself. */
  activityName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const flagsOf = (partyId: string) => a.flags.filter((f) => f.partyId === partyId);
  const alertsOf = (partyId: string) => a.alerts.filter((x) => x.partyId === `${a.id}/${partyId}`);
  const partyName = (id: string) => a.parties.find((p) => p.id === id)?.name ?? id;

  return (
    <Card withBorder data-testid="agreement-card" data-title={a.title} data-status={a.status}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {a.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`agreements.kinds.${a.kind}`)}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {a.flags.length > 0 || a.alerts.length > 0 ? (
              <Badge color="red" data-testid="agreement-flagged">
                {t("agreements.flagged")}
              </Badge>
            ) : null}
            <Badge color={STATUS_COLOR[a.status]} data-testid="agreement-status">
              {t(`agreements.statuses.${a.status}`)}
            </Badge>
          </Group>
        </Group>

        <Table data-testid="agreement-parties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("agreements.partyName")}</Table.Th>
              <Table.Th>{t("agreements.country")}</Table.Th>
              <Table.Th>{t("agreements.partyKind")}</Table.Th>
              <Table.Th>{t("agreements.screening")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.parties.map((p) => (
              <Table.Tr key={p.id} data-testid="agreement-party" data-party={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.country}</Table.Td>
                <Table.Td>
                  {t(`agreements.origins.${p.origin}`)}, {t(`agreements.partyKinds.${p.kind}`)}
                </Table.Td>
                <Table.Td>
                  {flagsOf(p.id).length === 0 && alertsOf(p.id).length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("agreements.notListed")}
                    </Text>
                  ) : null}
                  {flagsOf(p.id).map((f) => (
                    <Text key={`${f.list}/${f.entityId}`} size="sm" c="red" data-testid="party-flag">
                      {t("agreements.flag", {
                        list: f.list,
                        version: f.listVersion,
                        name: f.matchedName,
                        score: format.percent(f.score),
                      })}
                    </Text>
                  ))}
                  {alertsOf(p.id).map((x) => (
                    <Text key={x.id} size="sm" c="orange" data-testid="party-alert">
                      {t("agreements.alert", {
                        change: t(`alerts.kind.${x.kind}`),
                        list: x.list,
                        version: x.newListVersion ?? x.newDatasetVersion,
                        name: x.matchedName,
                      })}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

        {a.obligations.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t("agreements.obligations")}
            </Text>
            <List size="sm" data-testid="agreement-obligations">
              {a.obligations.map((o) => (
                <List.Item key={o.id}>
                  <b>{partyName(o.party)}</b>: {o.description}
                  {o.activityIds.length > 0
                    ? ` — ${t("agreements.linked", { activities: o.activityIds.map(activityName).join("; ") })}`
                    : ""}
                  {o.due ? ` — ${t("agreements.dueOn", { date: format.date(o.due) })}` : ""}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}

        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t("agreements.history")}
          </Text>
          <List size="sm" data-testid="agreement-history">
            {a.history.map((h) => (
              <List.Item key={h.seq}>
                {format.date(h.on)}: {t(`agreements.statuses.${h.to}`)}
                {h.note ? ` (${h.note})` : ""}
              </List.Item>
            ))}
          </List>
        </Stack>

        {a.notes ? (
          <Text size="sm" data-testid="agreement-notes">
            {a.notes}
          </Text>
        ) : null}
        {a.sources.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="agreement-sources">
            {t("agreements.sources")}: {a.sources.join("; ")}
          </Text>
        ) : null}

        <Documents scenarioId={scenarioId} agreement={a} />

        <Group align="flex-end" justify="space-between">
          <StatusChange key={a.status} scenarioId={scenarioId} agreement={a} />
          <Button variant="default" onClick={() => setEditing(true)} data-testid="agreement-edit">
            {t("agreements.edit")}
          </Button>
        </Group>
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t("agreements.edit")} size="xl">
        <AgreementForm
          scenarioId={scenarioId}
          programmeCountry={programmeCountry}
          agreement={a}
          onDone={() => setEditing(false)}
        />
      </Modal>
    </Card>
  );
}

function StatusChange({ scenarioId, agreement: a }: { scenarioId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<AgreementStatus | null>(a.nextStatuses[0] ?? null);
  const [on, setOn] = useState("");
  const [note, setNote] = useState("");
  const change = useAgreementWrite(scenarioId, () =>
    agreementsApi.changeStatus(scenarioId, a.id, { to: to!, on, ...(note.trim() ? { note } : {}) }),
  );
  if (a.nextStatuses.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("agreements.final")}
      </Text>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(undefined);
  };
  return (
    <form onSubmit={submit} data-testid="status-form">
      <Stack gap={4}>
        <Group align="flex-end" gap="xs">
          <Select
            label={t("agreements.moveTo")}
            data={a.nextStatuses.map((s) => ({ value: s, label: t(`agreements.statuses.${s}`) }))}
            value={to}
            allowDeselect={false}
            onChange={(v) => setTo(v as AgreementStatus)}
            data-testid="status-to"
          />
          <TextInput
            type="date"
            label={t("agreements.on")}
            required
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            data-testid="status-on"
          />
          <TextInput
            label={t("agreements.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="status-note"
          />
          <Button type="submit" loading={change.isPending} disabled={!to} data-testid="status-submit">
            {t("agreements.changeStatus")}
          </Button>
        </Group>
        {change.isError ? <ProblemAlert error={change.error} /> : null}
      </Stack>
    </form>
  );
}

function Documents({ scenarioId, agreement: a }: { scenarioId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const upload = useAgreementWrite(scenarioId, (f: File) => agreementsApi.upload(scenarioId, a.id, f));
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t("agreements.documents")}
      </Text>
      {a.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("agreements.noDocuments")}
        </Text>
      ) : (
        <List size="sm" data-testid="agreement-documents">
          {a.documents.map((d) => (
            <List.Item key={d.id} data-testid="agreement-document" data-sha256={d.sha256}>
              <Anchor href={agreementsApi.documentUrl(scenarioId, a.id, d.id)}>{d.filename}</Anchor>{" "}
              {t("agreements.documentMeta", {
                size: format.integer(d.size),
                sha: d.sha256.slice(0, 12),
                date: format.dateTime(d.uploadedAt),
              })}
            </List.Item>
          ))}
        </List>
      )}
      <Group align="flex-end" gap="xs">
        <FileInput
          label={t("agreements.attach")}
          description={t("agreements.attachHint")}
          value={file}
          onChange={setFile}
          clearable
          data-testid="document-file"
        />
        <Button
          variant="default"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
          data-testid="document-upload"
        >
          {t("agreements.upload")}
        </Button>
      </Group>
      {upload.isError ? <ProblemAlert error={upload.error} /> : null}
    </Stack>
  );
}
