import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n/format.ts";

const NATIVE_NAMES = { en: "EN", ru: "РУ", zh: "中文" } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("app.language")}
      value={i18n.resolvedLanguage ?? "en"}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={LANGUAGES.map((lng) => ({ value: lng, label: NATIVE_NAMES[lng] }))}
      data-testid="language-switch"
    />
  );
}
