import { ChiproadError } from "@chiproad/data";

/** One problem in a scenario file, positioned in the source text (1-based line and column). */
export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Document path such as `partners[2].offers[0].node`; empty for the whole document. */
  path: string;
  message: string;
  hint?: string;
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const path = issue.path ? ` ${issue.path}` : "";
  const hint = issue.hint ? ` (${issue.hint})` : "";
  return `${where}${path}: ${issue.message}${hint}`;
}

/**
 * A scenario (or change set) that cannot be used: chiproad's one error class (BAD_INPUT) with
 * every issue, positioned, one per message line and as field errors.
 */
export class ScenarioError extends ChiproadError {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    super("BAD_INPUT", issues.map(formatIssue).join("\n"), {
      errors: issues.map((i) => ({
        path: i.path,
        line: i.line,
        column: i.column,
        message: i.message,
        ...(i.hint !== undefined ? { hint: i.hint } : {}),
      })),
    });
    this.name = "ScenarioError";
    this.issues = issues;
  }
}
