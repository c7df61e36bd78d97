import { Button, Menu, Modal, PasswordInput, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/endpoints.ts";
import { formatHash } from "../app/route.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { useMe } from "./session.tsx";

function signedOut(client: ReturnType<typeof useQueryClient>) {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== "me" });
  client.setQueryData(["me"], null);
}

/** The header's user menu: who is signed in, the Users page for admins, change password, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [changing, setChanging] = useState(false);
  const logout = useMutation({ mutationFn: api.logout, onSettled: () => signedOut(client) });
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" data-testid="user-menu">
            {me.username} · {t(`roles.${me.role}`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {me.role === "admin" ? (
            <Menu.Item
              component="a"
              href={formatHash({ page: "users", scenario: null })}
              data-testid="menu-users"
            >
              {t("nav.users")}
            </Menu.Item>
          ) : null}
          <Menu.Item onClick={() => setChanging(true)} data-testid="menu-password">
            {t("auth.changePassword")}
          </Menu.Item>
          <Menu.Item color="red" onClick={() => logout.mutate()} data-testid="logout">
            {t("auth.signOut")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t("auth.changePassword")}>
        <ChangePassword onDone={() => signedOut(client)} />
      </Modal>
    </>
  );
}

function ChangePassword({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation({ mutationFn: () => api.changePassword(current, next), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <PasswordInput
          label={t("auth.currentPassword")}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label={t("auth.newPassword")}
          description={t("auth.passwordRule")}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        {change.isError ? <ProblemAlert error={change.error} /> : null}
        <Button type="submit" loading={change.isPending}>
          {t("auth.changePassword")}
        </Button>
      </Stack>
    </form>
  );
}
