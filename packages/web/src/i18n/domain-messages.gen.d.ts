// Generated from packages/domain/src/messages by packages/server/scripts/web-messages.ts — do not edit.
// Regenerate: npm run generate:web-types -w @chiproad/server
import type { components } from "../api/openapi.gen.ts";

type Schemas = components["schemas"];

/** The languages every message exists in. */
export type Lang = "en" | "ru" | "zh";
/** A message as the API sends it: a catalogue code and its parameters. */
export type Message = Schemas["Message"];
/** Kinds of named things a message may refer to. */
export type NameKind = keyof Schemas["DisplayNames"];
/** Display names by kind and id; a renderer prefers them to ids. */
export type DisplayNames = Partial<Record<NameKind, ReadonlyMap<string, string> | Record<string, string>>>;

/** Renders a domain message in `lang`, with display names instead of ids when given. */
export declare function renderMessage(message: Message, lang: Lang, names?: DisplayNames): string;
