// Domain messages: a code of the catalogue plus parameters, rendered in en, ru or zh.
import type { Message } from "./message.ts";
import { renderMessage } from "./render.ts";

export { CATALOGUES, type Lang, LANGS, type MessageCode } from "./catalogue.ts";
export {
  date,
  fixed,
  grouped,
  type ListJoin,
  list,
  type Message,
  type MessageParam,
  messages,
  money,
  msg,
  type NameKind,
  type NameRef,
  nested,
  percent,
  ref,
} from "./message.ts";
export { displayNamesOf, displayNameTable } from "./names.ts";
export { type DisplayNames, fillTemplate, renderMessage } from "./render.ts";
export { messagesIn } from "./walk.ts";

/** A reason field and its message: the English text kept for logs beside the code. */
export const said = (message: Message): { reason: string; message: Message } => ({
  reason: renderMessage(message, "en"),
  message,
});

/** A name field and its message. */
export const named = (message: Message): { name: string; nameMessage: Message } => ({
  name: renderMessage(message, "en"),
  nameMessage: message,
});
