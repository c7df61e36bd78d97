// Items of a what-if change set, in the server's format: a YAML document `changes: [ {type, ...} ]`.

export function blockPartnerChange(partnerId: string): string {
  return `{ type: block-partner, partner: ${partnerId} }`;
}

export function delayTrancheChange(instrumentId: string, date: string, days: number): string {
  return `{ type: delay-tranche, instrument: ${instrumentId}, date: ${date}, days: ${Math.round(days)} }`;
}

export function cutTrancheChange(instrumentId: string, date: string, factor: number): string {
  return `{ type: cut-tranche, instrument: ${instrumentId}, date: ${date}, factor: ${Number(factor.toFixed(4))} }`;
}

/** Appends one change to the change-set text, starting the `changes:` list when the text is empty. */
export function appendChange(text: string, change: string): string {
  const body = text.trim() ? text.trimEnd() : "changes:";
  return `${body}\n  - ${change}\n`;
}
