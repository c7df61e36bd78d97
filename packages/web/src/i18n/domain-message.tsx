import { type DisplayNames, type Lang, type Message, renderMessage } from "@chiproad/domain/messages";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useGaps } from "../api/queries.ts";
import type { DomainMessage, Gap, ScenarioShape } from "../api/types.ts";
import { useScenario, useScenarioId } from "../app/scenario-context.tsx";
import { isLanguage } from "./format.ts";

/** Kinds of named things the UI shows by name (the domain's `NameKind`). */
export type NameKind = keyof DisplayNames;

/**
 * Display names of everything a scenario names (partners, firms, models, targets, milestones,
 * lines, facilities, pools) and, from a gap report, of gaps and inputs. The scenario's schema
 * belongs to the server, so every part is read defensively.
 */
export function displayNames(shape: ScenarioShape | undefined, gaps: readonly Gap[] = []): DisplayNames {
  const pairs = <T,>(
    items: readonly T[] | undefined,
    id: (x: T) => string,
    name: (x: T) => string | undefined,
  ) => new Map((items ?? []).flatMap((x) => (name(x) ? [[id(x), name(x) as string] as const] : [])));
  const firms = new Map<string, string>();
  for (const p of shape?.partners ?? []) for (const f of p.firms ?? []) firms.set(f.id, f.name);
  for (const f of shape?.domestic?.firms ?? []) firms.set(f.id, f.name);
  const inputs = new Map<string, string>();
  for (const g of gaps) if (g.inputId && g.inputName) inputs.set(g.inputId, g.inputName);
  return {
    partner: pairs(
      shape?.partners,
      (p) => p.id,
      (p) => p.name,
    ),
    firm: firms,
    model: pairs(
      shape?.models,
      (m) => m.id,
      (m) => m.name,
    ),
    target: pairs(
      shape?.targets,
      (t) => t.id,
      (t) => t.name,
    ),
    milestone: pairs(
      shape?.milestones,
      (m) => m.id,
      (m) => m.name,
    ),
    line: pairs(
      (shape?.targets ?? []).flatMap((t) => t.lines ?? []),
      (l) => l.id,
      (l) => l.name,
    ),
    facility: pairs(
      shape?.facilities,
      (f) => f.id,
      (f) => f.name,
    ),
    pool: pairs(
      shape?.workforce?.pools,
      (p) => p.id,
      (p) => p.name,
    ),
    gap: pairs(
      gaps,
      (g) => g.id,
      (g) => g.inputName,
    ),
    input: inputs,
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
 * Some domain templates quote a gap by its id as plain text (`risk.gapLost`: "{input} ({gapId})",
 * giving "Photolithography (mcu:N25)"). Until the domain passes a name reference there, the web
 * shows the gap's target (the part of the id before the colon) by its display name instead.
 */
function withoutGapIds(message: DomainMessage): DomainMessage {
  const params: DomainMessage["params"] = {};
  for (const [key, value] of Object.entries(message.params)) {
    if (key === "gapId" && typeof value === "string" && value.includes(":")) {
      params[key] = { kind: "target", id: value.slice(0, value.indexOf(":")) };
    } else if (typeof value === "object" && value !== null && "kind" in value && value.kind === "message") {
      params[key] = { kind: "message", message: withoutGapIds(value.message) };
    } else if (typeof value === "object" && value !== null && "kind" in value && value.kind === "list") {
      params[key] = {
        ...value,
        items: value.items.map((item) =>
          typeof item === "object" && item !== null && "kind" in item && item.kind === "message"
            ? { kind: "message" as const, message: withoutGapIds(item.message) }
            : item,
        ),
      };
    } else params[key] = value;
  }
  return { code: message.code, params };
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
  if (message && typeof message.code === "string")
    return renderMessage(withoutGapIds(message) as Message, lang, names);
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
  const shape = scenario.data?.scenario as ScenarioShape | undefined;
  const gapList = gaps.data?.gaps;
  const names = useMemo(() => displayNames(shape, gapList ?? []), [shape, gapList]);
  const say = useCallback(
    (message: DomainMessage | undefined | null, fallback?: string | null) =>
      renderDomain(message, fallback, lang, names),
    [lang, names],
  );
  const name = useCallback(
    (kind: NameKind, nid: string | null | undefined) => nameIn(names, kind, nid),
    [names],
  );
  const currency = shape?.program?.currency;
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
