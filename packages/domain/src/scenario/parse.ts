import type { ValueChain } from "@chiproad/data";
import { load } from "./fast-yaml.ts";
import { isCollection, isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { checkConsistency, checkText } from "./consistency.ts";
import { type ScenarioIssue, ScenarioError } from "./error.ts";
import { type RawIssue, checkReferences, formatPath, type PathSegment } from "./references.ts";
import { type Scenario, ScenarioSchema } from "./schema.ts";
import { describeZodIssue } from "./zod-issues.ts";

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export interface ParseOptions {
  /** When given, every value-chain input id in the scenario must exist in this chain. */
  chain?: ValueChain;
}

/**
 * Parses a scenario written in YAML or JSON (`yaml` reads both) and reports EVERY problem at
 * once — syntax errors, schema violations, duplicate ids and unknown references — each
 * positioned at file:line:col through the document's source ranges.
 */
export function parseScenario(text: string, file: string, opts: ParseOptions = {}): ParseResult {
  return readValid(text, opts) ?? parsePositioned(text, file, opts);
}

/**
 * The common case, a valid scenario, read without source positions: js-yaml 5 reads YAML 1.2 with
 * the core schema exactly as `yaml` does (same scalars, duplicate keys refused) about three times
 * faster, because it builds no document tree. Anything it refuses, any alias (the positioned reader
 * bounds their expansion) and any issue at all return undefined, and the positioned reader then
 * decides — so an answer never depends on which reader ran (parse.test.ts checks both agree).
 */
function readValid(text: string, opts: ParseOptions): ParseResult | undefined {
  // Explicit tags (!!float 5, !custom) are resolved differently by the two readers: left to `yaml`.
  if (EXPLICIT_TAG.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = load(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  if (checkText(raw).length > 0) return undefined;
  if (checkReferences(parsed.data, opts.chain).length > 0 || checkConsistency(parsed.data).length > 0)
    return undefined;
  return { ok: true, scenario: parsed.data };
}

/** A `!` that can start a tag (also matches some quoted text: then the positioned reader runs, which is safe). */
export const EXPLICIT_TAG = /(^|[\s:,[{-])!/m;

/** `parseScenario` through the positioned reader only (every issue at file:line:col). */
export function parsePositioned(text: string, file: string, opts: ParseOptions = {}): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        path: "",
        message: e.message.split("\n")[0] ?? e.message,
        hint: syntaxHint(e.code),
      })),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // Unresolved or runaway aliases surface only when the document is converted.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        { file, line: 1, column: 1, path: "", message, hint: "define each &anchor before its *alias" },
      ],
    };
  }
  const parsed = ScenarioSchema.safeParse(raw, { reportInput: true });
  const rawIssues: RawIssue[] = [
    ...checkText(raw),
    ...(parsed.success
      ? [...checkReferences(parsed.data, opts.chain), ...checkConsistency(parsed.data)]
      : [...parsed.error.issues.flatMap(describeZodIssue), ...checkReferences(raw, opts.chain)]),
  ];
  if (parsed.success && rawIssues.length === 0) return { ok: true, scenario: parsed.data };
  const issues = rawIssues.map((issue) => {
    const offset = locate(doc, issue.path, issue.key);
    const out: ScenarioIssue = {
      file,
      ...at(offset),
      path: formatPath(issue.path),
      message: issue.message,
    };
    if (issue.hint) out.hint = issue.hint;
    return out;
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues: dedupe(issues) };
}

/** Like `parseScenario` but throws a `ScenarioError` (code BAD_INPUT) listing every issue. */
export function parseScenarioOrThrow(text: string, file: string, opts: ParseOptions = {}): Scenario {
  const result = parseScenario(text, file, opts);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}

/** Source offset of the node at `path`, or of its nearest existing ancestor (a missing field). */
function locate(doc: Document, path: readonly PathSegment[], key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (node === undefined || node === null) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const keyNode = pair?.key;
      if (isScalar(keyNode) && keyNode.range) return keyNode.range[0];
    }
    if ((isScalar(node) || isCollection(node)) && node.range) return node.range[0];
  }
  return 0;
}

function syntaxHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each key may appear once per mapping; remove or rename the repeated one";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and the ':' after each key";
    default:
      return "fix the YAML/JSON syntax at this position";
  }
}

function dedupe(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.line}:${i.column}:${i.path}:${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
