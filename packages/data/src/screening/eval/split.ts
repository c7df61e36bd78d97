import type { EvalCase } from "./evaluate.ts";

/**
 * Which half of a labelled set a case belongs to: an FNV-1a hash of its id (category, query name and
 * expected ids), even → development, odd → held-out. Deterministic and independent of file order, so the
 * split survives regeneration. Matcher changes are made looking at the development half only.
 */
export function evalHalf(c: EvalCase): "development" | "held-out" {
  const id = `${c.category}\u0000${c.query.name}\u0000${[...c.expected].sort().join(",")}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "development" : "held-out";
}
