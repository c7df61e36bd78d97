import { Badge, Button, Card, Group, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/session.tsx";
import { useFormat } from "../i18n/format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { QueryView } from "../ui/query-view.tsx";
import { type Alert, useAcknowledgeAlert, useOpenAlerts } from "./alerts-api.ts";

/** Roles that may acknowledge an alert (the server's `acknowledgeAlert` operation: compliance and up). */
const ACKNOWLEDGING_ROLES = new Set(["compliance", "admin"]);

const KIND_COLOR = { added: "red", removed: "green", changed: "yellow" } as const;

/**
 * Open sanctions alerts of the programme: what re-screening on a new list version found for its
 * partner firms and domestic counterparts. A compliance officer acknowledges each with a note.
 */
export function OpenAlertsCard({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const alerts = useOpenAlerts(scenarioId);
  return (
    <Card withBorder data-testid="open-alerts">
      <Title order={3} size="h4" mb="sm">
        {t("alerts.title")}
      </Title>
      <QueryView query={alerts}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="alerts-none">
              {t("alerts.none")}
            </Text>
          ) : (
            <AlertTable scenarioId={scenarioId} alerts={list} />
          )
        }
      </QueryView>
    </Card>
  );
}

function AlertTable({ scenarioId, alerts }: { scenarioId: string; alerts: Alert[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const canAcknowledge = ACKNOWLEDGING_ROLES.has(me.role);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("alerts.change")}</Table.Th>
            <Table.Th>{t("alerts.party")}</Table.Th>
            <Table.Th>{t("alerts.list")}</Table.Th>
            <Table.Th>{t("alerts.version")}</Table.Th>
            <Table.Th>{t("alerts.matchedName")}</Table.Th>
            <Table.Th>{t("alerts.score")}</Table.Th>
            {canAcknowledge ? <Table.Th>{t("alerts.acknowledge")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alerts.map((a) => (
            <AlertRow key={a.id} scenarioId={scenarioId} alert={a} canAcknowledge={canAcknowledge} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AlertRow({
  scenarioId,
  alert,
  canAcknowledge,
}: {
  scenarioId: string;
  alert: Alert;
  canAcknowledge: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [note, setNote] = useState("");
  const acknowledge = useAcknowledgeAlert(scenarioId);
  const score = (x: number | null) => (x === null ? "—" : format.percent(x));
  const release = alert.kind === "removed" ? alert.oldListVersion : alert.newListVersion;
  return (
    <Table.Tr data-testid="alert-row" data-alert-kind={alert.kind}>
      <Table.Td>
        <Badge color={KIND_COLOR[alert.kind]} variant="light">
          {t(`alerts.kind.${alert.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{alert.partyName}</Text>
        {alert.partyRole ? (
          <Text size="xs" c="dimmed">
            {t(`alerts.role.${alert.partyRole}`, { defaultValue: alert.partyRole })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{alert.list}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {t("alerts.versions", {
            old: alert.oldDatasetVersion ?? t("alerts.samples"),
            new: alert.newDatasetVersion,
          })}
        </Text>
        {release ? (
          <Text size="xs" c="dimmed">
            {release}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{alert.matchedName}</Text>
        <Text size="xs" c="dimmed">
          {alert.entityName}
        </Text>
      </Table.Td>
      <Table.Td data-testid="alert-score">
        {score(alert.oldScore)} → {score(alert.newScore)}
      </Table.Td>
      {canAcknowledge ? (
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              aria-label={t("alerts.note")}
              placeholder={t("alerts.note")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={2000}
            />
            <Button
              size="xs"
              loading={acknowledge.isPending}
              onClick={() => acknowledge.mutate({ id: alert.id, note: note.trim() })}
              data-testid="alert-acknowledge"
            >
              {t("alerts.acknowledge")}
            </Button>
          </Group>
          {acknowledge.error ? <ProblemAlert error={acknowledge.error} /> : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
