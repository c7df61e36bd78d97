import type { MessageCode } from "./catalogue.ts";

/** Kinds of named things a message may refer to: a renderer shows their display names, not ids. */
export type NameKind =
  | "partner"
  | "firm"
  | "gap"
  | "input"
  | "model"
  | "target"
  | "milestone"
  | "line"
  | "facility"
  | "pool";

/** A reference to a named thing: `name` is the domain's own (English) name when it has one. */
export interface NameRef {
  kind: NameKind;
  id: string;
  name?: string;
}

/**
 * A message parameter. Plain strings are shown as given (ids, citations, a rule's own text);
 * numbers, money, ratios and dates are formatted per language; nested messages and lists let one
 * sentence be built from translated parts.
 */
export type MessageParam =
  | string
  | number
  | boolean
  | NameRef
  | { kind: "date"; iso: string }
  | { kind: "grouped"; value: number }
  | { kind: "fixed"; value: number; digits: number }
  | { kind: "money"; amount: number; currency: string }
  | { kind: "percent"; ratio: number }
  | { kind: "message"; message: Message }
  | { kind: "list"; items: MessageParam[]; join: ListJoin };

/** How list items are joined: `, ` / `; ` / ` and ` in English. */
export type ListJoin = "comma" | "semicolon" | "and";

/** What the domain says, as a code of the catalogue and its parameters; clients render it. */
export interface Message {
  code: MessageCode;
  params: Record<string, MessageParam>;
}

/** Builds a message; `undefined` parameters are dropped (an optional part left out). */
export function msg(code: MessageCode, params: Record<string, MessageParam | undefined> = {}): Message {
  const out: Record<string, MessageParam> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return { code, params: out };
}

/** A message as a parameter of another message. */
export const nested = (message: Message): MessageParam => ({ kind: "message", message });

/** A count shown with digit grouping in every language (`12,000` in English). */
export const grouped = (value: number): MessageParam => ({ kind: "grouped", value });

/** A number with a fixed count of decimals (a score: `0.800`). */
export const fixed = (value: number, digits: number): MessageParam => ({ kind: "fixed", value, digits });

export const date = (iso: string): MessageParam => ({ kind: "date", iso });

export const money = (amount: number, currency: string): MessageParam => ({
  kind: "money",
  amount,
  currency,
});

export const percent = (ratio: number): MessageParam => ({ kind: "percent", ratio });

export const list = (items: readonly MessageParam[], join: ListJoin): MessageParam => ({
  kind: "list",
  items: [...items],
  join,
});

/** A list of messages joined as one parameter. */
export const messages = (items: readonly Message[], join: ListJoin): MessageParam =>
  list(items.map(nested), join);

export function ref(kind: NameKind, id: string, name?: string): NameRef {
  return name === undefined ? { kind, id } : { kind, id, name };
}
