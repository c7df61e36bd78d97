import { AppShell, Group, NavLink, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/session.tsx";
import { UserMenu } from "../auth/user-menu.tsx";
import { MembersButton } from "../members/members-panel.tsx";
import { ErrorBoundary } from "../ui/error-boundary.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { PageView } from "./page-view.tsx";
import { ADMIN_PAGES, formatHash, PAGES, useRoute } from "./route.ts";
import { ScenarioProvider, useScenarioList } from "./scenario-context.tsx";
import { ScenarioSelect } from "./scenario-select.tsx";

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const me = useMe();
  const pages = PAGES.filter((p) => me.role === "admin" || !ADMIN_PAGES.includes(p));
  const scenarios = useScenarioList();
  const known = scenarios.data?.some((s) => s.id === route.scenario);
  const scenarioId = (known ? route.scenario : null) ?? scenarios.data?.[0]?.id ?? null;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <a className="skip-link" href="#main-content">
        {t("app.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={1} size="h3">
              chiproad
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("app.tagline")}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <ScenarioSelect
              scenarios={scenarios.data ?? []}
              value={scenarioId}
              onChange={(id) => navigate({ scenario: id })}
            />
            <MembersButton scenarioId={scenarioId} />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("nav.label")}>
        {pages.map((page) => (
          <NavLink
            key={page}
            component="a"
            href={formatHash({ page, scenario: scenarioId })}
            label={t(`nav.${page}`)}
            active={route.page === page}
            aria-current={route.page === page ? "page" : undefined}
            data-testid={`nav-${page}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <ScenarioProvider id={scenarioId}>
          <ErrorBoundary key={`${route.page}/${scenarioId}`} title={t("app.crash")} retry={t("app.retry")}>
            <PageView page={route.page} loadingScenarios={scenarios.isPending} />
          </ErrorBoundary>
        </ScenarioProvider>
      </AppShell.Main>
    </AppShell>
  );
}
