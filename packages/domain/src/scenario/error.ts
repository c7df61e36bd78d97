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

/** A scenario (or change set) that cannot be used; lists every issue, one per message line. */
export class ScenarioError extends Error {
  readonly code = "BAD_INPUT" as const;
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ScenarioError";
    this.issues = issues;
  }
}
