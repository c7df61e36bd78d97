import { Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem, getJson, request } from "../api/client.ts";
import type { ProgrammeMember, ProgrammeMembers, ProgrammeRole } from "../api/types.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** The programme roles a membership can hold (compliance and admin stay global). */
export const PROGRAMME_ROLES = ["viewer", "analyst", "manager"] as const satisfies readonly ProgrammeRole[];
export type { ProgrammeMember, ProgrammeMembers, ProgrammeRole };

const enc = encodeURIComponent;
const membersApi = {
  list: (id: string) => getJson<ProgrammeMembers>(`/api/scenarios/${enc(id)}/members`),
  /** `user` is a user id or a username. */
  set: (id: string, user: string, role: ProgrammeRole) =>
    request<ProgrammeMember>("PUT", `/api/scenarios/${enc(id)}/members/${enc(user)}`, { body: { role } }),
  remove: (id: string, userId: string) =>
    request<null>("DELETE", `/api/scenarios/${enc(id)}/members/${enc(userId)}`),
  restrict: (id: string, restricted: boolean) =>
    request<ProgrammeMembers>("PUT", `/api/scenarios/${enc(id)}/restricted`, { body: { restricted } }),
};

/**
 * The header's "Members" button for the selected scenario: shown to those the server lets manage the
 * programme (its managers and admins: the members list answers 403 to anyone else), opening the panel.
 */
export function MembersButton({ scenarioId }: { scenarioId: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const members = useQuery({
    queryKey: ["members", scenarioId],
    queryFn: () => membersApi.list(scenarioId!),
    enabled: scenarioId !== null,
    retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
  });
  if (scenarioId === null || !members.data) return null;
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpen(true)} data-testid="members-open">
        {t("members.button")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("members.title")} size="lg">
        <MembersPanel scenarioId={scenarioId} data={members.data} />
      </Modal>
    </>
  );
}

function roleOptions(t: (key: string) => string) {
  return PROGRAMME_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

/** Members of one programme, their roles, adding by username, and the members-only switch. */
export function MembersPanel({ scenarioId, data }: { scenarioId: string; data: ProgrammeMembers }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ["members", scenarioId] });
  const change = useMutation({
    mutationFn: async (
      v:
        | { kind: "set"; user: string; role: ProgrammeRole }
        | { kind: "remove"; userId: string }
        | { kind: "restrict"; restricted: boolean },
    ) => {
      if (v.kind === "set") await membersApi.set(scenarioId, v.user, v.role);
      else if (v.kind === "remove") await membersApi.remove(scenarioId, v.userId);
      else await membersApi.restrict(scenarioId, v.restricted);
    },
    onSettled: refresh,
  });
  const [username, setUsername] = useState("");
  const [role, setRole] = useState<ProgrammeRole>("viewer");
  const add = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { kind: "set", user: username.trim().toLowerCase(), role },
      { onSuccess: () => setUsername("") },
    );
  };
  return (
    <Stack data-testid="members-panel">
      <Switch
        label={t("members.restricted")}
        description={t("members.restrictedHint")}
        checked={data.restricted}
        onChange={(e) => change.mutate({ kind: "restrict", restricted: e.currentTarget.checked })}
        data-testid="members-restricted"
      />
      {change.isError ? <ProblemAlert error={change.error} /> : null}
      {data.members.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("members.none")}
        </Text>
      ) : (
        <Table striped data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("auth.username")}</Table.Th>
              <Table.Th>{t("members.role")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.members.map((m) => (
              <Table.Tr key={m.userId} data-testid="member-row" data-username={m.username}>
                <Table.Td>{m.username}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("members.role")}
                    data={roleOptions(t)}
                    value={m.role}
                    allowDeselect={false}
                    onChange={(r) =>
                      r && change.mutate({ kind: "set", user: m.userId, role: r as ProgrammeRole })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => change.mutate({ kind: "remove", userId: m.userId })}
                    data-testid="member-remove"
                  >
                    {t("members.remove")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={add}>
        <Group align="end">
          <TextInput
            label={t("auth.username")}
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            data-testid="member-username"
          />
          <Select
            label={t("members.role")}
            data={roleOptions(t)}
            value={role}
            allowDeselect={false}
            onChange={(r) => r && setRole(r as ProgrammeRole)}
            data-testid="member-role"
          />
          <Button type="submit" loading={change.isPending} data-testid="member-add">
            {t("members.add")}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
