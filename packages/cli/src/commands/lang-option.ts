import {
  analyzeGaps,
  displayNamesOf,
  LANGS,
  type Lang,
  type ReferenceData,
  type ReportLanguage,
  type Scenario,
} from "@chiproad/domain";
import { Option } from "commander";

/** `--lang`: the language of the domain's sentences in Markdown and HTML (JSON keeps codes and English). */
export const langOption = () =>
  new Option("--lang <lang>", "language of explanations, reasons and notes in md/html output").choices([
    ...LANGS,
  ]);

/**
 * The report language for `--lang`, with the scenario's display names (and the gaps' input names)
 * so messages name partners, firms and gaps rather than their ids; undefined without `--lang`, when
 * the reports print the English text the results hold.
 */
export function reportLanguage(
  lang: Lang | undefined,
  scenario: Scenario,
  ref: ReferenceData,
): ReportLanguage | undefined {
  if (lang === undefined) return undefined;
  return { lang, names: displayNamesOf(scenario, analyzeGaps(scenario, ref).gaps) };
}
