import { type BriefCode, briefEn, briefRu, briefZh } from "./brief.ts";
import { type MessageCode as CoreCode, en } from "./en.ts";
import { ru } from "./ru.ts";
import { zh } from "./zh.ts";

/** Every message code: the core catalogue (`en.ts`) and the decision brief's words (`brief.ts`). */
export type MessageCode = CoreCode | BriefCode;

/** The languages every message exists in. */
export const LANGS = ["en", "ru", "zh"] as const;
export type Lang = (typeof LANGS)[number];

/** Code → template, per language (see `en.ts` for the template syntax). */
export const CATALOGUES: Record<Lang, Readonly<Record<MessageCode, string>>> = {
  en: { ...en, ...briefEn },
  ru: { ...ru, ...briefRu },
  zh: { ...zh, ...briefZh },
};
