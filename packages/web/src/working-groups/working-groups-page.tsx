import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { QueryView } from "../ui/query-view.tsx";
import { GroupForm } from "./group-form.tsx";
import {
  type Meeting,
  RESOLUTION_STATUSES,
  type Resolution,
  type ResolutionStatus,
  useWorkingGroups,
  useWorkingGroupWrite,
  type WorkingGroup,
  workingGroupsApi,
} from "./working-groups-api.ts";

/** Working groups of the programme: members, meetings with minutes, decisions and resolutions, brief requests. */
export function WorkingGroupsPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const groups = useWorkingGroups(scenarioId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} data-testid="page-title">
          {t("workingGroups.title")}
        </Title>
        <Button onClick={() => setCreating(true)} data-testid="group-new">
          {t("workingGroups.new")}
        </Button>
      </Group>
      <QueryView query={groups}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t("workingGroups.none")}</Text>
          ) : (
            <Stack>
              {list.map((g) => (
                <GroupCard key={g.id} scenarioId={scenarioId} group={g} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("workingGroups.new")} size="lg">
        <GroupForm scenarioId={scenarioId} onDone={() => setCreating(false)} />
      </Modal>
    </Stack>
  );
}

function GroupCard({ scenarioId, group: g }: { scenarioId: string; group: WorkingGroup }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder data-testid="group-card" data-name={g.name}>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t("workingGroups.edit")} size="lg">
        <GroupForm scenarioId={scenarioId} group={g} onDone={() => setEditing(false)} />
      </Modal>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {g.name}
          </Title>
          <Button variant="default" size="xs" onClick={() => setEditing(true)} data-testid="group-edit">
            {t("workingGroups.edit")}
          </Button>
        </Group>
        {g.mandate ? <Text size="sm">{g.mandate}</Text> : null}
        <Text fw={600} size="sm">
          {t("workingGroups.members")}
        </Text>
        {g.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("workingGroups.noMembers")}
          </Text>
        ) : (
          <Table data-testid="group-members">
            <Table.Tbody>
              {g.members.map((m) => (
                <Table.Tr key={`${m.name}/${m.organisation}`}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.organisation}</Table.Td>
                  <Table.Td>{m.role}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text fw={600} size="sm">
          {t("workingGroups.meetings")}
        </Text>
        {g.meetings.map((m) => (
          <MeetingRow key={m.id} scenarioId={scenarioId} groupId={g.id} meeting={m} />
        ))}
        <MeetingForm scenarioId={scenarioId} groupId={g.id} />
        <Text fw={600} size="sm">
          {t("workingGroups.resolutions")}
        </Text>
        <Resolutions scenarioId={scenarioId} group={g} />
        {g.sources.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t("agreements.sources")}: {g.sources.join("; ")}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function MeetingRow({
  scenarioId,
  groupId,
  meeting: m,
}: {
  scenarioId: string;
  groupId: string;
  meeting: Meeting;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [minutes, setMinutes] = useState(m.minutes ?? "");
  const save = useWorkingGroupWrite(scenarioId, () =>
    workingGroupsApi.updateMeeting(scenarioId, groupId, m.id, {
      heldOn: m.heldOn,
      agenda: m.agenda,
      minutes,
    }),
  );
  return (
    <Card withBorder padding="xs" data-testid="meeting" data-held-on={m.heldOn}>
      <Text size="sm">
        <b>{format.date(m.heldOn)}</b> — {m.agenda}
      </Text>
      <Group align="flex-end" gap="xs" mt="xs">
        <Textarea
          label={t("workingGroups.minutes")}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          autosize
          style={{ flex: 1 }}
          data-testid="meeting-minutes"
        />
        <Button
          variant="default"
          size="xs"
          loading={save.isPending}
          disabled={minutes === (m.minutes ?? "")}
          onClick={() => save.mutate(undefined)}
          data-testid="meeting-minutes-save"
        >
          {t("workingGroups.saveMinutes")}
        </Button>
      </Group>
      {save.isError ? <ProblemAlert error={save.error} /> : null}
    </Card>
  );
}

function MeetingForm({ scenarioId, groupId }: { scenarioId: string; groupId: string }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState("");
  const [agenda, setAgenda] = useState("");
  const add = useWorkingGroupWrite(scenarioId, () =>
    workingGroupsApi.addMeeting(scenarioId, groupId, { heldOn, agenda }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined, {
      onSuccess: () => {
        setHeldOn("");
        setAgenda("");
      },
    });
  };
  return (
    <form onSubmit={submit} data-testid="meeting-form">
      <Group align="flex-end" gap="xs">
        <TextInput
          type="date"
          label={t("workingGroups.heldOn")}
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          data-testid="meeting-date"
        />
        <TextInput
          label={t("workingGroups.agenda")}
          required
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          style={{ flex: 1 }}
          data-testid="meeting-agenda"
        />
        <Button type="submit" variant="default" loading={add.isPending} data-testid="meeting-add">
          {t("workingGroups.addMeeting")}
        </Button>
      </Group>
      {add.isError ? <ProblemAlert error={add.error} /> : null}
    </form>
  );
}

function Resolutions({ scenarioId, group: g }: { scenarioId: string; group: WorkingGroup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useWorkingGroupWrite(scenarioId, (v: { r: Resolution; status: ResolutionStatus }) =>
    workingGroupsApi.updateResolution(scenarioId, g.id, v.r.id, {
      title: v.r.title,
      kind: v.r.kind,
      status: v.status,
      owner: v.r.owner,
      dueOn: v.r.dueOn,
      meetingId: v.r.meetingId,
    }),
  );
  const brief = useWorkingGroupWrite(scenarioId, (r: Resolution) =>
    workingGroupsApi.requestBrief(scenarioId, g.id, r.id, ""),
  );
  const statusOptions = RESOLUTION_STATUSES.map((s) => ({
    value: s,
    label: t(`workingGroups.statuses.${s}`),
  }));
  return (
    <Stack gap="xs">
      {g.resolutions.length > 0 ? (
        <Table data-testid="resolutions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("workingGroups.resolution")}</Table.Th>
              <Table.Th>{t("workingGroups.owner")}</Table.Th>
              <Table.Th>{t("workingGroups.status")}</Table.Th>
              <Table.Th>{t("workingGroups.brief")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {g.resolutions.map((r) => (
              <Table.Tr key={r.id} data-testid="resolution" data-title={r.title}>
                <Table.Td>
                  <Badge variant="light" mr="xs">
                    {t(`workingGroups.kinds.${r.kind}`)}
                  </Badge>
                  {r.title}
                  {r.dueOn ? ` — ${t("agreements.dueOn", { date: format.date(r.dueOn) })}` : ""}
                </Table.Td>
                <Table.Td>{r.owner}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("workingGroups.status")}
                    data={statusOptions}
                    value={r.status}
                    allowDeselect={false}
                    onChange={(s) => s && update.mutate({ r, status: s as ResolutionStatus })}
                    data-testid="resolution-status"
                  />
                </Table.Td>
                <Table.Td>
                  {r.briefRequest ? (
                    <Badge color="grape" data-testid="brief-requested">
                      {t("workingGroups.briefRequested", { date: format.date(r.briefRequest.at) })}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      loading={brief.isPending && brief.variables?.id === r.id}
                      onClick={() => brief.mutate(r)}
                      data-testid="brief-request"
                    >
                      {t("workingGroups.requestBrief")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      {brief.isError ? <ProblemAlert error={brief.error} /> : null}
      <ResolutionForm scenarioId={scenarioId} group={g} />
    </Stack>
  );
}

function ResolutionForm({ scenarioId, group: g }: { scenarioId: string; group: WorkingGroup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<"decision" | "resolution">("resolution");
  const [owner, setOwner] = useState("");
  const [meetingId, setMeetingId] = useState<string | null>(g.meetings.at(-1)?.id ?? null);
  const add = useWorkingGroupWrite(scenarioId, () =>
    workingGroupsApi.addResolution(scenarioId, g.id, { title, kind, status: "proposed", owner, meetingId }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined, {
      onSuccess: () => {
        setTitle("");
        setOwner("");
      },
    });
  };
  return (
    <form onSubmit={submit} data-testid="resolution-form">
      <Group align="flex-end" gap="xs">
        <Select
          label={t("workingGroups.kind")}
          data={(["decision", "resolution"] as const).map((k) => ({
            value: k,
            label: t(`workingGroups.kinds.${k}`),
          }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && setKind(v as "decision" | "resolution")}
          w={150}
        />
        <TextInput
          label={t("workingGroups.resolution")}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          style={{ flex: 1 }}
          data-testid="resolution-title"
        />
        <TextInput
          label={t("workingGroups.owner")}
          required
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          data-testid="resolution-owner"
        />
        <Select
          label={t("workingGroups.meeting")}
          data={g.meetings.map((m) => ({ value: m.id, label: format.date(m.heldOn) }))}
          value={meetingId}
          onChange={setMeetingId}
          clearable
          w={160}
        />
        <Button type="submit" variant="default" loading={add.isPending} data-testid="resolution-add">
          {t("workingGroups.addResolution")}
        </Button>
      </Group>
      {add.isError ? <ProblemAlert error={add.error} /> : null}
    </form>
  );
}
