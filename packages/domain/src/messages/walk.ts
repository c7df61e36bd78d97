import type { Message, MessageParam } from "./message.ts";

const isMessage = (v: object): v is Message =>
  typeof (v as Message).code === "string" &&
  typeof (v as Message).params === "object" &&
  (v as Message).params !== null &&
  Object.keys(v).length === 2;

/** Every message in a value (a plan, a report, …), nested parameters included, in document order. */
export function messagesIn(value: unknown): Message[] {
  const out: Message[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    if (isMessage(v)) {
      out.push(v);
      for (const p of Object.values(v.params) as MessageParam[]) visit(p);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return out;
}
