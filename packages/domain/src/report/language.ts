import type { DisplayNames, Lang, Message, MessageCode, MessageParam } from "../messages/index.ts";
import { msg, renderMessage } from "../messages/index.ts";

/** The reader's language of a report, and the display names its messages show instead of ids. */
export interface ReportLanguage {
  lang: Lang;
  names?: DisplayNames;
}

/**
 * The text a report prints for a domain sentence: its message rendered in the reader's language,
 * or, without a language (or a message, in a result stored before messages existed), the English
 * text as the result holds it.
 */
export function say(
  text: string,
  message: Message | undefined,
  language: ReportLanguage | undefined,
): string {
  return language && message ? renderMessage(message, language.lang, language.names) : text;
}

/** An enumerated value (outcome, phase, model type) as the reader reads it; its code when the catalogue has it. */
export function sayValue(
  value: string,
  prefix: "outcome" | "phase" | "modelType",
  language: ReportLanguage | undefined,
): string {
  const code = `${prefix}.${value}` as MessageCode;
  return language ? renderMessage(msg(code), language.lang) : value;
}

/** A report's own words (headings, labels, row values) in the reader's language; English without one. */
export function wordsOf(
  language: ReportLanguage | undefined,
): (code: MessageCode, params?: Record<string, MessageParam | undefined>) => string {
  const lang = language?.lang ?? "en";
  return (code, params) => renderMessage(msg(code, params), lang, language?.names);
}
