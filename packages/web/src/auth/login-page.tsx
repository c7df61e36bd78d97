import { Button, Center, Divider, Paper, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api/client.ts";
import { api } from "../api/endpoints.ts";
import type { Me } from "../api/types.ts";
import { LanguageSwitch } from "../app/language-switch.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: () => api.login(username.trim().toLowerCase(), password),
    onSuccess: (me) => {
      setPassword("");
      onSignedIn(me);
    },
  });
  // Single sign-on is offered only when the server has it configured (GET /api/auth/options).
  const options = useQuery({
    queryKey: ["auth-options"],
    queryFn: () => getJson<{ sso: boolean }>("/api/auth/options"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} component="main">
        <form onSubmit={submit} data-testid="login-form">
          <Stack>
            <Title order={1} size="h2">
              chiproad
            </Title>
            <Title order={2} size="h4" data-testid="login-title">
              {t("auth.title")}
            </Title>
            <TextInput
              label={t("auth.username")}
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              data-testid="login-username"
            />
            <PasswordInput
              label={t("auth.password")}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              data-testid="login-password"
            />
            {login.isError ? <ProblemAlert error={login.error} /> : null}
            <Button type="submit" loading={login.isPending} data-testid="login-submit">
              {t("auth.signIn")}
            </Button>
            {options.data?.sso ? (
              <>
                <Divider />
                {/* A full-page navigation: the provider's pages and the callback are not XHR. */}
                <Button component="a" href="/api/auth/oidc/login" variant="default" data-testid="login-sso">
                  {t("auth.sso")}
                </Button>
              </>
            ) : null}
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
