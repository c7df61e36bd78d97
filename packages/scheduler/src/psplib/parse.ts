import { PsplibFormatError } from "../errors.ts";
import type { Activity, Mode, Precedence, Problem } from "../model.ts";

/** Basename without directory and extension: the PSPLIB instance name. */
export function instanceName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

class Cursor {
  private i = 0;
  constructor(
    private readonly lines: readonly string[],
    private readonly file: string,
  ) {}

  get lineNo(): number {
    return this.i + 1;
  }

  fail(message: string, line = this.lineNo): never {
    throw new PsplibFormatError(this.file, line, message);
  }

  /** Advances to the line containing `marker` (case-insensitive) and returns its text. */
  seek(marker: string, what: string): string {
    const m = marker.toLowerCase();
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      this.i++;
      if (line.toLowerCase().includes(m)) return line;
    }
    return this.fail(`expected ${what} ("${marker}") before the end of the file`, this.lines.length);
  }

  /** Integer after the colon of a `label : value` line found by `marker`. */
  headerInt(marker: string, what: string): number {
    const line = this.seek(marker, what);
    const value = line
      .slice(line.indexOf(":") + 1)
      .trim()
      .split(/\s+/)[0];
    if (value === undefined || !/^\d+$/.test(value))
      this.fail(`expected ${what} as an integer, got "${line.trim()}"`, this.i);
    return Number(value);
  }

  /** The next non-empty line split into integers; fails naming `what` otherwise. */
  ints(what: string): { values: number[]; line: number } {
    while (this.i < this.lines.length && this.lines[this.i]!.trim() === "") this.i++;
    if (this.i >= this.lines.length) this.fail(`expected ${what}, got end of file`, this.lines.length);
    const text = this.lines[this.i]!.trim();
    const line = this.lineNo;
    this.i++;
    const parts = text.split(/\s+/);
    if (!parts.every((p) => /^-?\d+$/.test(p))) this.fail(`expected ${what} (integers), got "${text}"`, line);
    return { values: parts.map(Number), line };
  }

  /** Integers of the following lines up to a line of asterisks, each with its line number. */
  tokensUntilRule(what: string): { value: number; line: number }[] {
    const out: { value: number; line: number }[] = [];
    while (this.i < this.lines.length) {
      const text = this.lines[this.i]!.trim();
      const line = this.lineNo;
      this.i++;
      if (text.startsWith("*")) return out;
      if (text === "" || /^-+$/.test(text)) continue;
      for (const p of text.split(/\s+/)) {
        if (!/^-?\d+$/.test(p)) this.fail(`expected ${what} (integers), got "${p}"`, line);
        out.push({ value: Number(p), line });
      }
    }
    return this.fail(`expected a line of asterisks after ${what}`, this.lines.length);
  }
}

/**
 * Parses a PSPLIB single-mode (.sm) or multi-mode (.mm) RCPSP file (Kolisch & Sprecher 1997).
 * Activity ids are the job numbers; precedences are FS with lag 0; `horizon` is the file's.
 * Accepts LF and CRLF. Throws PsplibFormatError "file:line: expected …" on malformed input.
 */
export function parsePsplib(text: string, file: string): Problem {
  const cur = new Cursor(text.split(/\r?\n/), file);
  const nJobs = cur.headerInt("jobs (incl. supersource/sink", "the number of jobs");
  const horizon = cur.headerInt("horizon", "the horizon");
  const nR = cur.headerInt("- renewable", "the number of renewable resources");
  const nN = cur.headerInt("- nonrenewable", "the number of non-renewable resources");
  const nD = cur.headerInt("- doubly constrained", "the number of doubly constrained resources");
  if (nD !== 0)
    cur.fail(`expected 0 doubly constrained resources, got ${nD} (not supported)`, cur.lineNo - 1);
  if (nJobs < 1) cur.fail(`expected at least one job, got ${nJobs}`);

  cur.seek("PRECEDENCE RELATIONS", "the PRECEDENCE RELATIONS section");
  cur.seek("jobnr", "the precedence header row");
  const modeCounts: number[] = [];
  const precedences: Precedence[] = [];
  for (let j = 1; j <= nJobs; j++) {
    const { values, line } = cur.ints(
      `the precedence row of job ${j}: jobnr #modes #successors successors...`,
    );
    const [job, modes, count] = values;
    if (job !== j) cur.fail(`expected job number ${j}, got ${job}`, line);
    if (modes === undefined || modes < 1) cur.fail(`expected a positive number of modes for job ${j}`, line);
    if (count === undefined || values.length !== 3 + count) {
      cur.fail(`expected ${count ?? "?"} successors for job ${j}, got ${values.length - 3}`, line);
    }
    modeCounts.push(modes!);
    for (const s of values.slice(3)) {
      if (s < 1 || s > nJobs) cur.fail(`expected successor job numbers 1..${nJobs}, got ${s}`, line);
      precedences.push({ from: j - 1, to: s - 1, type: "FS", lag: 0 });
    }
  }

  cur.seek("REQUESTS/DURATIONS", "the REQUESTS/DURATIONS section");
  cur.seek("jobnr", "the requests header row");
  const tokens = cur.tokensUntilRule("the requests of every job and mode");
  let p = 0;
  const take = (what: string): number => {
    const tok = tokens[p++];
    if (tok === undefined) {
      const last = tokens[tokens.length - 1];
      return cur.fail(`expected ${what}, got the end of the section`, last ? last.line : cur.lineNo);
    }
    return tok.value;
  };
  const lineOf = (): number => tokens[Math.max(0, p - 1)]?.line ?? cur.lineNo;
  const activities: Activity[] = [];
  for (let j = 1; j <= nJobs; j++) {
    const job = take(`job number ${j}`);
    if (job !== j) cur.fail(`expected job number ${j} in REQUESTS/DURATIONS, got ${job}`, lineOf());
    const modes: Mode[] = [];
    for (let m = 1; m <= modeCounts[j - 1]!; m++) {
      const mode = take(`mode ${m} of job ${j}`);
      if (mode !== m) cur.fail(`expected mode number ${m} of job ${j}, got ${mode}`, lineOf());
      const duration = take(`the duration of job ${j} mode ${m}`);
      const renewable: number[] = [];
      for (let k = 0; k < nR; k++) renewable.push(take(`renewable demand R ${k + 1} of job ${j} mode ${m}`));
      const nonRenewable: number[] = [];
      for (let k = 0; k < nN; k++)
        nonRenewable.push(take(`non-renewable demand N ${k + 1} of job ${j} mode ${m}`));
      if (duration < 0 || renewable.some((v) => v < 0) || nonRenewable.some((v) => v < 0)) {
        cur.fail(`expected non-negative duration and demands for job ${j} mode ${m}`, lineOf());
      }
      modes.push({ duration, renewable, nonRenewable });
    }
    activities.push({ id: String(j), modes });
  }
  if (p < tokens.length)
    cur.fail(`expected ${nJobs} jobs in REQUESTS/DURATIONS, got extra numbers`, tokens[p]!.line);

  cur.seek("RESOURCEAVAILABILITIES", "the RESOURCEAVAILABILITIES section");
  cur.seek("R", "the resource label row");
  const { values: caps, line } = cur.ints(`${nR + nN} resource capacities`);
  if (caps.length !== nR + nN) cur.fail(`expected ${nR + nN} resource capacities, got ${caps.length}`, line);
  if (caps.some((v) => v < 0)) cur.fail("expected non-negative resource capacities", line);

  return {
    name: instanceName(file),
    activities,
    precedences,
    renewable: caps.slice(0, nR).map((capacity, k) => ({ id: `R${k + 1}`, capacity })),
    nonRenewable: caps.slice(nR).map((capacity, k) => ({ id: `N${k + 1}`, capacity })),
    budgets: [],
    horizon,
  };
}
