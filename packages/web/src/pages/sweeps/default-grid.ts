/**
 * A first grid for a scenario, to edit rather than write from nothing: each of its first two partners
 * available or blocked (four variants). Names are JSON strings, which YAML reads as they are.
 */
export function defaultGrid(
  partners: readonly { id: string; name: string }[],
  words: { title: string; available: string; blocked: string },
): string {
  const q = JSON.stringify;
  const dimensions = partners
    .slice(0, 2)
    .map(
      (p) =>
        `  - name: ${q(p.name)}\n    options:\n      - { name: ${q(words.available)} }\n      - name: ${q(words.blocked)}\n        changes: [{ type: block-partner, partner: ${q(p.id)} }]`,
    );
  if (dimensions.length === 0) return "";
  return `name: ${q(words.title)}\ndimensions:\n${dimensions.join("\n")}\n`;
}
