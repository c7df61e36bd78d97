/**
 * The explored partial schedules of the cutset rule (Demeulemeester & Herroelen 1992; Sprecher
 * 2000), kept flat: per placed set a chain of records, newest first. A record keeps its last
 * start t' and only the placed activities still running after it (activity, finish): the others
 * finished by t', which is at or before the t of any partial schedule the record may dominate, so
 * they always pass the comparison. A record is a few entries rather than one finish per activity,
 * and walking a chain compares only those (issue 14, round 14: the full comparison was a sixth of
 * the branch and bound's CPU on j30).
 */

/** Bytes the memo may grow to (records and entries together). */
export const CUTSET_MAX_BYTES = 64 * 1024 * 1024;
/** Per record: its last start, its first entry, its entry count and the older record of its chain. */
const RECORD_INTS = 4;
/** Per entry: the activity and its finish. */
const ENTRY_INTS = 2;
/** The first sizes: small, because the LNS and the mode-vector search run many short searches. */
const INITIAL_RECORDS = 64;
const INITIAL_ENTRIES = 256;

/** The partial schedule the branch and bound is at: which activities are placed, their starts and durations. */
export interface PartialSchedule {
  readonly placed: Uint8Array;
  readonly starts: Int32Array;
  readonly dur: Int32Array;
}

export class CutsetMemo {
  /** record r: [t', first entry, entry count, older record with the same placed set or -1]. */
  private record: Int32Array = new Int32Array(INITIAL_RECORDS * RECORD_INTS);
  /** entry e: [activity, finish]. */
  private entry: Int32Array = new Int32Array(INITIAL_ENTRIES * ENTRY_INTS);
  private records = 0;
  private entries = 0;
  private readonly heads = new Map<number | string, number>();
  private readonly maxBytes: number;
  private readonly partial: PartialSchedule;

  /**
   * `partial`: the search's own arrays, read at each call (the memo copies what it stores).
   * `maxBytes`: the cap on what it stores (tests use small ones).
   */
  constructor(partial: PartialSchedule, maxBytes = CUTSET_MAX_BYTES) {
    this.partial = partial;
    this.maxBytes = maxBytes;
  }

  /** Records stored so far (reporting and tests). */
  get size(): number {
    return this.records;
  }

  /**
   * Whether an explored partial schedule with the same placed set dominates this one from `t` on:
   * its last start is at or before `t` and each placed activity finished no later than
   * max(own finish, t).
   */
  dominated(key: number | string, t: number): boolean {
    const { starts, dur } = this.partial;
    const { record, entry } = this;
    outer: for (let r = this.heads.get(key) ?? -1; r >= 0; r = record[r * RECORD_INTS + 3]!) {
      const at = r * RECORD_INTS;
      if (record[at]! > t) continue;
      for (let e = record[at + 1]!, end = e + record[at + 2]!; e < end; e++) {
        const i = entry[e * ENTRY_INTS]!;
        const own = starts[i]! + dur[i]!;
        if (entry[e * ENTRY_INTS + 1]! > (own > t ? own : t)) continue outer;
      }
      return true;
    }
    return false;
  }

  /** Stores the explored partial schedule with last start `t`; false when the cap is reached. */
  remember(key: number | string, t: number): boolean {
    const { placed, starts, dur } = this.partial;
    const n = placed.length;
    let count = 0;
    for (let i = 0; i < n; i++) if (placed[i] && starts[i]! + dur[i]! > t) count++;
    const bytes = 4 * ((this.records + 1) * RECORD_INTS + (this.entries + count) * ENTRY_INTS);
    if (bytes > this.maxBytes) return false;
    if ((this.records + 1) * RECORD_INTS > this.record.length) this.record = grown(this.record);
    while ((this.entries + count) * ENTRY_INTS > this.entry.length) this.entry = grown(this.entry);
    const r = this.records++;
    const at = r * RECORD_INTS;
    const { record, entry } = this;
    record[at] = t;
    record[at + 1] = this.entries;
    record[at + 2] = count;
    record[at + 3] = this.heads.get(key) ?? -1;
    for (let i = 0; i < n; i++) {
      if (!placed[i]) continue;
      const f = starts[i]! + dur[i]!;
      if (f <= t) continue;
      entry[this.entries * ENTRY_INTS] = i;
      entry[this.entries * ENTRY_INTS + 1] = f;
      this.entries++;
    }
    this.heads.set(key, r);
    return true;
  }
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
