import { en, type MessageCode } from "./en.ts";
import { ru } from "./ru.ts";
import { zh } from "./zh.ts";

export type { MessageCode };

/** The languages every message exists in. */
export const LANGS = ["en", "ru", "zh"] as const;
export type Lang = (typeof LANGS)[number];

/** Code → template, per language (see `en.ts` for the template syntax). */
export const CATALOGUES: Record<Lang, Readonly<Record<MessageCode, string>>> = { en, ru, zh };
