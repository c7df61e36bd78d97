// Snippets of the what-if change-set YAML (format owned by the server's what-if parser).

export function blockPartnerChange(partnerId: string): string {
  return `- blockPartner: ${partnerId}`;
}

export function delayTrancheChange(instrumentId: string, index: number, months: number): string {
  return `- delayTranche: { instrument: ${instrumentId}, index: ${index}, months: ${months} }`;
}

export function scaleTrancheChange(instrumentId: string, index: number, factor: number): string {
  return `- scaleTranche: { instrument: ${instrumentId}, index: ${index}, factor: ${Number(factor.toFixed(4))} }`;
}
