/**
 * Text no system should store: a NUL (PostgreSQL cannot keep it in text or jsonb, C libraries cut
 * strings at it) or a lone UTF-16 surrogate (not Unicode; PostgreSQL refuses it in jsonb). The one
 * check behind the API's edge guard and the scenario reader's.
 */
export type UnsafeText = "nul" | "lone-surrogate";

/** What is unsafe in `s`, NUL first; undefined for text that is safe to store. */
export function unsafeTextKind(s: string): UnsafeText | undefined {
  if (s.includes("\u0000")) return "nul";
  // String.prototype.isWellFormed (ES2024, Node 20): false exactly when a surrogate is unpaired.
  if (!(s as unknown as WellFormedString).isWellFormed()) return "lone-surrogate";
  return undefined;
}

/** ES2024's `isWellFormed`, which the project's ES2023 library types do not declare. */
interface WellFormedString {
  isWellFormed(): boolean;
}
