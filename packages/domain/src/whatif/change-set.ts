/**
 * What-if change sets: a YAML (or JSON) list of edits to a scenario, e.g.
 *
 * ```yaml
 * changes:
 *   - type: block-partner        # the partner becomes unavailable; its options disappear
 *     partner: cn-foundry
 *   - type: cut-tranche          # a fund tranche shrinks (factor or new amount)
 *     instrument: frp-2023
 *     date: 2023-06-01           # optional: only this tranche
 *     factor: 0.5
 *   - type: delay-tranche
 *     instrument: frp-2023
 *     days: 180
 *   - type: add-rule             # a new export-control rule (same fields as rules.exportControls[])
 *     rule: { id: new-rule, regime: US-EAR, categories: [3E], destinations: [RUS], requirement: prohibited, citation: "...", text: "..." }
 *   - type: training             # more trainers (parallel cohorts) or a larger cohort
 *     pipeline: fab-academy
 *     capacity: 3
 *     cohortSize: 40
 *   - type: facility-capacity    # cleanroom area from a date on
 *     facility: zelenograd-1
 *     from: 2026-01-01
 *     area: 4000
 *   - type: engineers
 *     pool: process-engineers
 *     initial: 120
 * ```
 */
import { isCollection, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ExportControlRuleSchema, type ScenarioIssue, ScenarioError } from "../scenario/index.ts";

const id = z.string().min(1);
const isoDate = z.iso.date("a date written YYYY-MM-DD");

export const ChangeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("block-partner"), partner: id, reason: z.string().optional() }),
  z
    .strictObject({
      type: z.literal("cut-tranche"),
      instrument: id,
      date: isoDate.optional(),
      factor: z.number().min(0).max(1).optional(),
      amount: z.number().nonnegative().optional(),
    })
    .refine((c) => (c.factor === undefined) !== (c.amount === undefined), {
      message: "give exactly one of factor (0..1) or amount",
    }),
  z.strictObject({
    type: z.literal("delay-tranche"),
    instrument: id,
    date: isoDate.optional(),
    days: z.number().int().positive(),
  }),
  z.strictObject({ type: z.literal("add-rule"), rule: ExportControlRuleSchema }),
  z.strictObject({
    type: z.literal("training"),
    pipeline: id,
    capacity: z.number().int().positive().optional(),
    cohortSize: z.number().int().positive().optional(),
    maxCohorts: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    type: z.literal("facility-capacity"),
    facility: id,
    from: isoDate,
    area: z.number().nonnegative(),
  }),
  z.strictObject({ type: z.literal("engineers"), pool: id, initial: z.number().int().nonnegative() }),
]);

export const ChangeSetSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  changes: z.array(ChangeSchema).min(1),
});

export type Change = z.infer<typeof ChangeSchema>;
export type ChangeSet = z.infer<typeof ChangeSetSchema>;

const CHANGE_TYPES_HINT =
  "type is one of block-partner, cut-tranche, delay-tranche, add-rule, training, facility-capacity, engineers";

/** Parses a change set, throwing a `ScenarioError` (BAD_INPUT) with file:line:col for every issue. */
export function parseChangeSet(text: string, file: string): ChangeSet {
  return parseYamlWith(ChangeSetSchema, text, file);
}

/**
 * Parses YAML (or JSON) text with a zod schema, throwing a `ScenarioError` (BAD_INPUT) with
 * file:line:col and the JSON path of every issue (change sets, sweep grids).
 */
export function parseYamlWith<T extends z.ZodType>(schema: T, text: string, file: string): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        path: "",
        message: e.message.split("\n")[0] ?? e.message,
        hint: "fix the YAML/JSON syntax at this position",
      })),
    );
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issues: ScenarioIssue[] = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    let offset = 0;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if ((isScalar(node) || isCollection(node)) && node.range) {
        offset = node.range[0];
        break;
      }
    }
    const out: ScenarioIssue = {
      file,
      ...at(offset),
      path: path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
        .join("")
        .replace(/^\./, ""),
      message: issue.message,
    };
    if (issue.code === "invalid_union") out.hint = CHANGE_TYPES_HINT;
    return out;
  });
  throw new ScenarioError(issues);
}
