import { type DisplayNames, type Lang, type Message, renderMessage } from "./domain-messages.gen.js";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useGaps } from "../api/queries.ts";
import type { DisplayNameTable as NameTable, DomainMessage, Gap } from "../api/types.ts";
import { useScenario, useScenarioId } from "../app/scenario-context.tsx";
import { isLanguage } from "./format.ts";

/** Kinds of named things the UI shows by name (the domain's `NameKind`). */
export type NameKind = keyof DisplayNames;

/**
 * Display names by kind: the server's table for the scenario (`names` beside the parsed scenario,
 * built by the domain) and, from a gap report, the names of gaps and inputs.
 */
export function displayNames(table: NameTable | undefined, gaps: readonly Gap[] = []): DisplayNames {
  const gapNames = new Map<string, string>();
  const inputs = new Map<string, string>();
  for (const g of gaps) {
    gapNames.set(g.id, g.inputName);
    inputs.set(g.inputId, g.inputName);
  }
  return {
    ...table,
    gap: new Map([...Object.entries(table?.gap ?? {}), ...gapNames]),
    input: new Map([...Object.entries(table?.input ?? {}), ...inputs]),
  };
}

/** The display name of `id` of a kind, or the id itself when the scenario does not name it. */
export function nameIn(names: DisplayNames, kind: NameKind, id: string | null | undefined): string {
  if (!id) return "—";
  const table = names[kind];
  const found = table instanceof Map ? table.get(id) : (table as Record<string, string> | undefined)?.[id];
  return found ?? id;
}

/** The UI language as a domain catalogue language. */
export function domainLang(language: string | undefined): Lang {
  const short = (language ?? "en").slice(0, 2);
  return isLanguage(short) ? short : "en";
}

/**
 * A domain message in `lang` with display names; the English `fallback` only when the message is
 * absent (plans stored before messages existed).
 */
export function renderDomain(
  message: DomainMessage | undefined | null,
  fallback: string | undefined | null,
  lang: Lang,
  names?: DisplayNames,
): string {
  if (message && typeof message.code === "string") return renderMessage(message as Message, lang, names);
  return fallback ?? "";
}

export interface DomainText {
  lang: Lang;
  names: DisplayNames;
  /** The programme's currency (ISO code), for money the UI formats itself. */
  currency: string | undefined;
  /** True once the scenario and its gap report (the names) have loaded or failed. */
  ready: boolean;
  /** A message in the UI language (English fallback only when the message is absent). */
  say: (message: DomainMessage | undefined | null, fallback?: string | null) => string;
  /** A named thing's display name (id when unnamed). */
  name: (kind: NameKind, id: string | null | undefined) => string;
}

/**
 * Renders the domain's messages in the current UI language with the display names of the
 * scenario in use (the page's scenario, or `scenarioId` when given).
 */
export function useDomainText(scenarioId?: string | null): DomainText {
  const { i18n } = useTranslation();
  const contextId = useScenarioId();
  const id = scenarioId === undefined ? contextId : scenarioId;
  const scenario = useScenario(id);
  const gaps = useGaps(id);
  const lang = domainLang(i18n.language);
  const table = scenario.data?.names;
  const gapList = gaps.data?.gaps;
  const names = useMemo(() => displayNames(table, gapList ?? []), [table, gapList]);
  const say = useCallback(
    (message: DomainMessage | undefined | null, fallback?: string | null) =>
      renderDomain(message, fallback, lang, names),
    [lang, names],
  );
  const name = useCallback(
    (kind: NameKind, nid: string | null | undefined) => nameIn(names, kind, nid),
    [names],
  );
  const currency = scenario.data?.scenario?.program.currency;
  const ready = !scenario.isPending && !gaps.isPending;
  return useMemo(
    () => ({ lang, names, currency, ready, say, name }),
    [lang, names, currency, ready, say, name],
  );
}

/** A domain message as text in the current UI language. */
export function DomainMsg({
  message,
  fallback,
}: {
  message: DomainMessage | undefined | null;
  fallback?: string | null;
}) {
  const { say } = useDomainText();
  return <>{say(message, fallback)}</>;
}
