import { Alert, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AgreementsPage } from "../agreements/agreements-page.tsx";
import { ChainPage } from "../pages/chain/chain-page.tsx";
import { EditorPage } from "../pages/editor/editor-page.tsx";
import { MarketPage } from "../pages/market/market-page.tsx";
import { ModelsPage } from "../pages/models/models-page.tsx";
import { OverviewPage } from "../pages/overview/overview-page.tsx";
import { PartnersPage } from "../pages/partners/partners-page.tsx";
import { RiskPage } from "../pages/risk/risk-page.tsx";
import { RoadmapPage } from "../pages/roadmap/roadmap-page.tsx";
import { SweepsPage } from "../pages/sweeps/sweeps-page.tsx";
import { UsersPage } from "../pages/users/users-page.tsx";
import { TrackingPage } from "../tracking/tracking-page.tsx";
import { WorkingGroupsPage } from "../working-groups/working-groups-page.tsx";
import type { PageId } from "./route.ts";
import { useScenarioId } from "./scenario-context.tsx";

const SCENARIO_PAGES = {
  overview: OverviewPage,
  chain: ChainPage,
  partners: PartnersPage,
  models: ModelsPage,
  roadmap: RoadmapPage,
  risk: RiskPage,
  sweeps: SweepsPage,
  agreements: AgreementsPage,
  "working-groups": WorkingGroupsPage,
  tracking: TrackingPage,
} as const;

export function PageView({ page, loadingScenarios }: { page: PageId; loadingScenarios: boolean }) {
  const { t } = useTranslation();
  const scenarioId = useScenarioId();
  if (page === "market") return <MarketPage />;
  if (page === "editor") return <EditorPage />;
  if (page === "users") return <UsersPage />;
  if (scenarioId === null) {
    if (loadingScenarios) {
      return (
        <Center p="xl">
          <Loader aria-label={t("common.loading")} />
        </Center>
      );
    }
    return (
      <Alert title={t("app.noScenario")} color="blue">
        {t("app.createHint")}
      </Alert>
    );
  }
  const Page = SCENARIO_PAGES[page];
  return <Page scenarioId={scenarioId} />;
}
