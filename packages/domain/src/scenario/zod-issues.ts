import { z } from "zod";
import type { PathSegment, RawIssue } from "./references.ts";
import { ScenarioSchema } from "./schema.ts";

/** Turns one zod issue into messages a programme analyst can act on (what, and how to fix). */
export function describeZodIssue(issue: z.core.$ZodIssue): RawIssue[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number");
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = objectKeysAt(path);
      return issue.keys.map((key) => {
        const near = closest(key, known);
        return {
          path,
          key,
          message: `unknown field "${key}"`,
          hint: near ? `did you mean "${near}"?` : `allowed fields: ${known.join(", ")}`,
        };
      });
    }
    case "invalid_type": {
      const received = describeReceived(issue.input);
      if (received === "nothing") {
        const field = path[path.length - 1];
        return [
          {
            path,
            message: `missing required field${typeof field === "string" ? ` "${field}"` : ""}`,
            hint: `add it as ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`,
          },
        ];
      }
      const inCategories = path.some((p) => p === "categories" || p === "transfers");
      return [
        {
          path,
          message: `expected ${issue.expected}, got ${received}`,
          hint:
            inCategories && typeof issue.input === "number"
              ? 'quote control-list entries such as "3E001": unquoted, YAML reads 3E001 as the number 30'
              : typeHint(issue.expected),
        },
      ];
    }
    case "invalid_value":
      if (issue.input === undefined) {
        return [
          {
            path,
            message: "missing required field",
            hint: `add it with one of: ${issue.values.map((v) => String(v)).join(", ")}`,
          },
        ];
      }
      return [
        {
          path,
          message: `got ${JSON.stringify(issue.input)}`,
          hint: `use one of: ${issue.values.map((v) => String(v)).join(", ")}`,
        },
      ];
    case "invalid_format":
      return [
        {
          path,
          message: `${JSON.stringify(issue.input)} is not ${issue.message.replace(/^Invalid (input|string): /, "")}`,
          hint: issue.format === "date" ? "write dates as YYYY-MM-DD" : "see the field's description",
        },
      ];
    case "too_small":
      return [
        {
          path,
          message:
            issue.origin === "array"
              ? `needs at least ${issue.minimum} item(s)`
              : `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}, got ${JSON.stringify(issue.input)}`,
          hint: issue.origin === "array" ? "add the missing entries" : "use a larger value",
        },
      ];
    case "too_big":
      return [
        {
          path,
          message: `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}, got ${JSON.stringify(issue.input)}`,
          hint: "shares and probabilities are written as fractions between 0 and 1",
        },
      ];
    case "not_multiple_of":
      return [{ path, message: issue.message, hint: "durations are whole periods" }];
    default:
      return [{ path, message: issue.message }];
  }
}

function describeReceived(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "an empty value";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return `${typeof input} ${JSON.stringify(input)}`;
}

function typeHint(expected: string): string {
  switch (expected) {
    case "number":
      return "write a plain number without quotes or units";
    case "string":
      return "write text, quoted if it looks like a number or date";
    case "array":
      return "write a list (lines starting with '- ')";
    case "object":
      return "write a mapping of 'key: value' lines";
    default:
      return `write a ${expected}`;
  }
}

/** The field names of the object schema at `path`, for "did you mean" hints. */
function objectKeysAt(path: readonly PathSegment[]): string[] {
  let schema: z.ZodType = ScenarioSchema;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof segment === "string") {
      const next = (schema.shape as Record<string, z.ZodType>)[segment];
      if (!next) return [];
      schema = next;
    } else if (schema instanceof z.ZodArray && typeof segment === "number") {
      schema = schema.element as z.ZodType;
    } else {
      return [];
    }
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The known name within edit distance 2 (typos), if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// Levenshtein distance, two-row dynamic programme.
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
