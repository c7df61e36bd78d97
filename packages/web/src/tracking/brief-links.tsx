import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { domainLang } from "../i18n/domain-message.tsx";

/**
 * "Prepare brief": the decision brief of the latest plan in the UI language, as PDF (fonts embedded)
 * or HTML, served by GET /api/scenarios/{id}/brief (the session cookie authorizes the download).
 */
export function BriefLinks({ scenarioId }: { scenarioId: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const href = (format: "pdf" | "html") =>
    `/api/scenarios/${encodeURIComponent(scenarioId)}/brief?lang=${lang}&format=${format}`;
  return (
    <Group gap="xs" data-testid="brief-links">
      <Button component="a" href={href("pdf")} variant="light" size="xs" data-testid="brief-pdf">
        {t("tracking.briefPdf")}
      </Button>
      <Button
        component="a"
        href={href("html")}
        target="_blank"
        rel="noopener"
        variant="subtle"
        size="xs"
        data-testid="brief-html"
      >
        {t("tracking.briefHtml")}
      </Button>
    </Group>
  );
}
