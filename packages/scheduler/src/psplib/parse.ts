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

  /** Advances to the line matching `pattern` and returns its text. */
  seekPattern(pattern: RegExp, what: string): string {
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      this.i++;
      if (pattern.test(line)) return line;
    }
    return this.fail(`expected ${what} before the end of the file`, this.lines.length);
  }

  /** Whether a line containing `marker` comes before the next line containing `stop` (case-insensitive). */
  hasBefore(marker: string, stop: string): boolean {
    const m = marker.toLowerCase();
    const s = stop.toLowerCase();
    for (let k = this.i; k < this.lines.length; k++) {
      const line = this.lines[k]!.toLowerCase();
      if (line.includes(m)) return true;
      if (line.includes(s)) return false;
    }
    return false;
  }

  /** Integer after the colon of a `label : value` line found by `marker` (text or pattern). */
  headerInt(marker: string | RegExp, what: string): number {
    const line = typeof marker === "string" ? this.seek(marker, what) : this.seekPattern(marker, what);
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
 * Parses a project scheduling instance, recognised by its content:
 *
 * - PSPLIB single-mode (.sm) or multi-mode (.mm) RCPSP files (Kolisch & Sprecher 1997);
 * - MMLIB files (MMLIB50, MMLIB100, MMLIB+; Van Peteghem & Vanhoucke 2014): the PSPLIB layout
 *   with tab-separated fields, no horizon and no project-information block;
 * - Patterson's `.rcp` format (Patterson 1984), whose first line holds just the number of
 *   activities and of resources (see `parsePatterson`).
 *
 * Activity ids are the job numbers; precedences are FS with lag 0; `horizon` is the file's
 * when it has one. Accepts LF and CRLF. Throws PsplibFormatError "file:line: expected …" on
 * malformed input.
 */
export function parsePsplib(text: string, file: string): Problem {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== "");
  if (first !== undefined && /^\s*\d+\s+\d+\s*$/.test(first)) return parsePatterson(text, file);
  const cur = new Cursor(lines, file);
  // MMLIB writes "jobs  (incl. supersource/sink ):" with two spaces and a tab before the value.
  const nJobs = cur.headerInt(
    /jobs\s+\(incl\.\s*supersource\/sink/i,
    'the number of jobs ("jobs (incl. supersource/sink ):")',
  );
  const horizon = cur.hasBefore("horizon", "RESOURCES") ? cur.headerInt("horizon", "the horizon") : undefined;
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

  // PSPLIB writes RESOURCEAVAILABILITIES, MMLIB "RESOURCE AVAILABILITIES".
  cur.seekPattern(
    /RESOURCE\s*AVAILABILITIES/i,
    'the RESOURCEAVAILABILITIES section ("RESOURCEAVAILABILITIES:")',
  );
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
    ...(horizon !== undefined ? { horizon } : {}),
  };
}

/**
 * Parses Patterson's RCPSP format (`.rcp`; Patterson 1984, also used by the RG300 and other
 * sets): a line with the number of activities (dummies included) and of renewable resources,
 * a line of capacities, then per activity its duration, one demand per resource, the number
 * of successors and the successors (1-based); an activity's numbers may run over several lines.
 */
export function parsePatterson(text: string, file: string): Problem {
  const tokens: { value: number; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const t = raw.trim();
    if (t === "") return;
    for (const part of t.split(/\s+/)) {
      if (!/^-?\d+$/.test(part))
        throw new PsplibFormatError(file, k + 1, `expected integers (Patterson .rcp format), got "${part}"`);
      tokens.push({ value: Number(part), line: k + 1 });
    }
  });
  let p = 0;
  const lastLine = () => tokens[tokens.length - 1]?.line ?? 1;
  const take = (what: string, min = 0): number => {
    const tok = tokens[p++];
    if (tok === undefined)
      throw new PsplibFormatError(file, lastLine(), `expected ${what}, got the end of the file`);
    if (tok.value < min)
      throw new PsplibFormatError(file, tok.line, `expected ${what} >= ${min}, got ${tok.value}`);
    return tok.value;
  };
  const nJobs = take("the number of activities", 1);
  const nR = take("the number of resources");
  const capacities: number[] = [];
  for (let k = 0; k < nR; k++) capacities.push(take(`the capacity of resource ${k + 1}`));
  const activities: Activity[] = [];
  const precedences: Precedence[] = [];
  for (let j = 1; j <= nJobs; j++) {
    const duration = take(`the duration of activity ${j}`);
    const renewable: number[] = [];
    for (let k = 0; k < nR; k++) renewable.push(take(`demand ${k + 1} of activity ${j}`));
    const count = take(`the number of successors of activity ${j}`);
    for (let s = 0; s < count; s++) {
      const line = tokens[p]?.line ?? lastLine();
      const succ = take(`successor ${s + 1} of activity ${j}`);
      if (succ < 1 || succ > nJobs || succ === j)
        throw new PsplibFormatError(
          file,
          line,
          `expected successor numbers 1..${nJobs} other than ${j}, got ${succ}`,
        );
      precedences.push({ from: j - 1, to: succ - 1, type: "FS", lag: 0 });
    }
    activities.push({ id: String(j), modes: [{ duration, renewable, nonRenewable: [] }] });
  }
  if (p < tokens.length)
    throw new PsplibFormatError(file, tokens[p]!.line, `expected ${nJobs} activities, got extra numbers`);
  return {
    name: instanceName(file),
    activities,
    precedences,
    renewable: capacities.map((capacity, k) => ({ id: `R${k + 1}`, capacity })),
    nonRenewable: [],
    budgets: [],
  };
}
