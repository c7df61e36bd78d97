/**
 * The explored partial schedules of the cutset rule (Demeulemeester & Herroelen 1992; Sprecher
 * 2000), kept in one flat arena: per placed set a chain of records `[t, finish × n]`, newest
 * first. Round 11 kept one `Int32Array` per record, at most 64 per set and 4 M stored finish
 * times in all; a refutation of 500,000 nodes filled that cap after about a third of its nodes
 * and remembered nothing afterwards. Records here cost 2 bytes per activity (4 when the horizon
 * does not fit 16 bits) and no object, so the cap is rarely reached (issue 14, round 12).
 */

/** Bytes the arena may grow to (16-bit times: 32 M slots; 32-bit: 16 M). */
export const CUTSET_MAX_BYTES = 64 * 1024 * 1024;
/** The arena's first size: small, because the LNS and the mode-vector search run many short searches. */
const INITIAL_SLOTS = 1 << 12;

/** The partial schedule the branch and bound is at: which activities are placed, their starts and durations. */
export interface PartialSchedule {
  readonly placed: Uint8Array;
  readonly starts: Int32Array;
  readonly dur: Int32Array;
}

export class CutsetMemo {
  private readonly n: number;
  private readonly wide: boolean;
  private arena: Int16Array | Int32Array;
  /** next[r]: the older record with the same placed set, or -1. */
  private next: Int32Array;
  /** sum[r]: the sum of record r's stored finishes, a necessary test before the full comparison. */
  private sum: Int32Array;
  private records = 0;
  private readonly heads = new Map<number | string, number>();
  private readonly maxRecords: number;
  private readonly limit: Int32Array;
  private readonly partial: PartialSchedule;

  /**
   * `partial`: the search's own arrays, read at each call (the memo copies what it stores).
   * `horizon`: every stored time is below it. `maxSlots`: the arena's cap (tests use small ones).
   */
  constructor(partial: PartialSchedule, horizon: number, maxSlots?: number) {
    const n = partial.placed.length;
    this.partial = partial;
    this.n = n;
    this.limit = new Int32Array(n);
    this.wide = horizon > 0x7fff;
    maxSlots ??= CUTSET_MAX_BYTES / (this.wide ? 4 : 2);
    this.maxRecords = Math.floor(maxSlots / (n + 1));
    const initial = Math.max(1, Math.min(this.maxRecords, Math.floor(INITIAL_SLOTS / (n + 1))));
    this.arena = this.newArena(initial);
    this.next = new Int32Array(initial);
    this.sum = new Int32Array(initial);
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
    const { placed, starts, dur } = this.partial;
    let r = this.heads.get(key) ?? -1;
    if (r < 0) return false;
    const n = this.n;
    const a = this.arena;
    // limit[i]: the latest finish a record may have for activity i (unplaced: stored 0, no limit).
    const limit = this.limit;
    let bound = 0;
    for (let i = 0; i < n; i++) {
      if (!placed[i]) {
        limit[i] = 0x7fffffff;
        continue;
      }
      const f = starts[i]! + dur[i]!;
      limit[i] = f > t ? f : t;
      bound += limit[i]!;
    }
    // Stored finishes are raised to the record's last start (harmless: that start is at or
    // before t), so a record whose sum exceeds the bound fails some comparison.
    outer: for (; r >= 0; r = this.next[r]!) {
      const base = r * (n + 1);
      if (a[base]! > t || this.sum[r]! > bound) continue;
      for (let i = 0; i < n; i++) if (a[base + 1 + i]! > limit[i]!) continue outer;
      return true;
    }
    return false;
  }

  /** Stores the explored partial schedule with last start `t`; false when the arena is full. */
  remember(key: number | string, t: number): boolean {
    const { placed, starts, dur } = this.partial;
    const n = this.n;
    if (this.records >= this.maxRecords) return false;
    if ((this.records + 1) * (n + 1) > this.arena.length) this.grow();
    const r = this.records++;
    const base = r * (n + 1);
    const a = this.arena;
    a[base] = t;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (!placed[i]) {
        a[base + 1 + i] = 0;
        continue;
      }
      const f = starts[i]! + dur[i]!;
      const stored = f > t ? f : t;
      a[base + 1 + i] = stored;
      sum += stored;
    }
    this.sum[r] = sum;
    this.next[r] = this.heads.get(key) ?? -1;
    this.heads.set(key, r);
    return true;
  }

  /** Room for `records` records of t and n finishes, 16- or 32-bit. */
  private newArena(records: number): Int16Array | Int32Array {
    const slots = records * (this.n + 1);
    return this.wide ? new Int32Array(slots) : new Int16Array(slots);
  }

  private grow(): void {
    const records = Math.min(this.maxRecords, this.next.length * 2);
    const arena = this.newArena(records);
    arena.set(this.arena);
    this.arena = arena;
    const next = new Int32Array(records);
    next.set(this.next);
    this.next = next;
    const sum = new Int32Array(records);
    sum.set(this.sum);
    this.sum = sum;
  }
}
