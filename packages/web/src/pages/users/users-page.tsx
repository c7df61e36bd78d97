import {
  Alert,
  Button,
  Group,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import { ROLES, type Role, type UserAccount } from "../../api/types.ts";
import { useMe } from "../../auth/session.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { QueryView } from "../../ui/query-view.tsx";

/** Accounts: list, create, change role, disable (admins; the server enforces it too). */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const users = useQuery({ queryKey: ["users"], queryFn: api.users, enabled: me.role === "admin" });
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("users.title")}
      </Title>
      {me.role !== "admin" ? (
        <Alert color="yellow">{t("users.adminOnly")}</Alert>
      ) : (
        <>
          <QueryView query={users}>{(list) => <UserTable users={list} />}</QueryView>
          <CreateUser />
        </>
      )}
    </Stack>
  );
}

function roleOptions(t: (key: string) => string) {
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

function UserTable({ users }: { users: UserAccount[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (v: { id: string; role?: Role; disabled?: boolean }) =>
      api.updateUser(v.id, {
        ...(v.role ? { role: v.role } : {}),
        ...(v.disabled !== undefined ? { disabled: v.disabled } : {}),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["users"] }),
  });
  return (
    <Stack>
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <Table striped data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("auth.username")}</Table.Th>
            <Table.Th>{t("users.role")}</Table.Th>
            <Table.Th>{t("users.disabled")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} data-testid="user-row" data-username={u.username}>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t("users.role")}
                  data={roleOptions(t)}
                  value={u.role}
                  allowDeselect={false}
                  onChange={(role) => role && update.mutate({ id: u.id, role: role as Role })}
                />
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={t("users.disabled")}
                  checked={u.disabled}
                  onChange={(e) => update.mutate({ id: u.id, disabled: e.currentTarget.checked })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function CreateUser() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const create = useMutation({
    mutationFn: () => api.createUser({ username, password, role }),
    onSuccess: () => {
      setUsername("");
      setPassword("");
      void client.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="create-user">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("users.create")}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t("auth.username")}
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            data-testid="new-username"
          />
          <PasswordInput
            label={t("auth.password")}
            description={t("auth.passwordRule")}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="new-password"
          />
          <Select
            label={t("users.role")}
            data={roleOptions(t)}
            value={role}
            allowDeselect={false}
            onChange={(r) => r && setRole(r as Role)}
            data-testid="new-role"
          />
          <Button type="submit" loading={create.isPending} data-testid="create-user-submit">
            {t("users.create")}
          </Button>
        </Group>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
      </Stack>
    </form>
  );
}
