import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Abbreviations the pages use, each explained in the reader's language (`abbreviations.<TERM>`). */
export const ABBREVIATIONS = ["HHI", "P50", "P80", "P95", "JV", "EAR", "HS"] as const;
export type Abbreviation = (typeof ABBREVIATIONS)[number];

/** A one-line legend under a page: "HHI — …; P50 — …". */
export function AbbreviationLegend({ terms }: { terms: readonly Abbreviation[] }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" data-testid="abbreviations">
      {terms.map((term, i) => (
        <span key={term}>
          {i > 0 ? "; " : ""}
          <abbr title={t(`abbreviations.${term}`)}>{term}</abbr> — {t(`abbreviations.${term}`)}
        </span>
      ))}
    </Text>
  );
}
