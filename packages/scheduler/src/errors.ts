/** Error codes shared by every chiproad package (see the CLI's exit-status mapping). */
export type SchedulerErrorCode = "BAD_INPUT" | "INFEASIBLE";

/** A mistake in a problem given to the engine (bad numbers, unknown indices, a precedence cycle). */
export class ProblemInputError extends Error {
  readonly code: SchedulerErrorCode = "BAD_INPUT";
  /** JSON-style path of the offending value, e.g. `activities[3].modes[0].duration`. */
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "ProblemInputError";
    this.path = path;
  }
}

/** A PSPLIB file that does not follow the format; the message starts with `file:line:`. */
export class PsplibFormatError extends Error {
  readonly code: SchedulerErrorCode = "BAD_INPUT";
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "PsplibFormatError";
    this.file = file;
    this.line = line;
  }
}
