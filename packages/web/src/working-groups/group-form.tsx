import { Button, Group, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import {
  useWorkingGroupWrite,
  type WorkingGroup,
  type WorkingGroupMember,
  workingGroupsApi,
} from "./working-groups-api.ts";

let rowKeys = 0;
/** A member row being typed, with a React key of its own. */
type MemberRow = WorkingGroupMember & { key: number };
const emptyMember = (): MemberRow => ({ key: ++rowKeys, name: "", organisation: "", role: "" });

/** Sets up a working group (no `group`) or edits one: name, mandate and members. */
export function GroupForm({
  scenarioId,
  group,
  onDone,
}: {
  scenarioId: string;
  group?: WorkingGroup;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? "");
  const [mandate, setMandate] = useState(group?.mandate ?? "");
  const [members, setMembers] = useState<MemberRow[]>(
    group?.members.length ? group.members.map((m) => ({ ...m, key: ++rowKeys })) : [emptyMember()],
  );
  const create = useWorkingGroupWrite(scenarioId, () => {
    const body = {
      name,
      mandate: mandate.trim() ? mandate : null,
      // Rows left empty are not members.
      members: members
        .filter((m) => m.name.trim() || m.organisation.trim() || m.role.trim())
        .map(({ key: _key, ...m }) => m),
      ...(group ? { sources: group.sources } : {}),
    };
    return group
      ? workingGroupsApi.update(scenarioId, group.id, { ...body, version: group.version })
      : workingGroupsApi.create(scenarioId, body);
  });
  const setMember = (i: number, patch: Partial<WorkingGroupMember>) =>
    setMembers((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} data-testid="group-form">
      <Stack gap="sm">
        <TextInput
          label={t("workingGroups.name")}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="group-name"
        />
        <Textarea
          label={t("workingGroups.mandate")}
          value={mandate}
          onChange={(e) => setMandate(e.currentTarget.value)}
          autosize
        />
        <Title order={4}>{t("workingGroups.members")}</Title>
        {members.map((m, i) => (
          <Group key={m.key} grow data-testid="member-row">
            <TextInput
              aria-label={t("workingGroups.memberName")}
              placeholder={t("workingGroups.memberName")}
              value={m.name}
              onChange={(e) => setMember(i, { name: e.currentTarget.value })}
              data-testid="group-member-name"
            />
            <TextInput
              aria-label={t("workingGroups.organisation")}
              placeholder={t("workingGroups.organisation")}
              value={m.organisation}
              onChange={(e) => setMember(i, { organisation: e.currentTarget.value })}
              data-testid="group-member-organisation"
            />
            <TextInput
              aria-label={t("workingGroups.role")}
              placeholder={t("workingGroups.role")}
              value={m.role}
              onChange={(e) => setMember(i, { role: e.currentTarget.value })}
              data-testid="group-member-role"
            />
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => setMembers((rows) => [...rows, emptyMember()])}>
            {t("workingGroups.addMember")}
          </Button>
        </Group>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="group-save">
            {group ? t("workingGroups.save") : t("workingGroups.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
