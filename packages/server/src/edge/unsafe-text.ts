import { unsafeTextKind } from "@chiproad/data";

/** Why chiproad refuses `s` at the edge (NUL, lone UTF-16 surrogates: `unsafeTextKind`), or undefined. */
export function unsafeTextReason(s: string): string | undefined {
  const kind = unsafeTextKind(s);
  if (kind === "nul") return "contains a NUL character (U+0000)";
  if (kind === "lone-surrogate") return "contains a lone UTF-16 surrogate (not valid Unicode)";
  return undefined;
}

/** The JSON path of the first string or key in `value` that `unsafeTextReason` refuses. */
export function findUnsafeText(value: unknown, path = "body"): { path: string; reason: string } | undefined {
  if (typeof value === "string") {
    const reason = unsafeTextReason(value);
    return reason ? { path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnsafeText(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const keyReason = unsafeTextReason(k);
      if (keyReason) return { path: `${path} (a key)`, reason: keyReason };
      const hit = findUnsafeText(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * Deepest nesting of arrays/objects in JSON text, scanned without parsing (strings skipped), stopping
 * as soon as `limit` is exceeded: a deeply nested body is refused in linear time before JSON.parse.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return false;
}
