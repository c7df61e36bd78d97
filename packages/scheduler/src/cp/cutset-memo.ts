/**
 * The explored partial schedules of the cutset rule (Demeulemeester & Herroelen 1992; Sprecher
 * 2000), kept flat. A record keeps its last start t' and only the placed activities still running
 * after it (activity, finish): the others finished by t', which is at or before the t of any
 * partial schedule the record may dominate, so they always pass the comparison (issue 14, round
 * 14: the full comparison was a sixth of the branch and bound's CPU on j30).
 *
 * Laid out for the walk a lookup makes (issue 14, round 16): per placed set a chain of blocks,
 * newest first, each holding the last starts of up to `SLOTS` records beside where their entries
 * are, so the records a lookup passes over for a later t' cost no memory access of their own; a
 * record's entries are stored together with their count.
 */

/** Bytes the memo may grow to (blocks and records together). */
export const CUTSET_MAX_BYTES = 64 * 1024 * 1024;
/** Records per block. */
const SLOTS = 7;
/** Per block: the older block of its placed set (or -1), the slots used, and per slot (t', record). */
const BLOCK_INTS = 2 + 2 * SLOTS;
/** The first sizes: small, because the LNS and the mode-vector search run many short searches. */
const INITIAL_BLOCKS = 16;
const INITIAL_DATA = 256;

/** The partial schedule the branch and bound is at: which activities are placed, their starts and durations. */
export interface PartialSchedule {
  readonly placed: Uint8Array;
  readonly starts: Int32Array;
  readonly dur: Int32Array;
}

export class CutsetMemo {
  /** Block at offset b: [older block or -1, slots used, t'0, record0, t'1, record1, …]. */
  private block: Int32Array = new Int32Array(INITIAL_BLOCKS * BLOCK_INTS);
  /** Record at offset p: [entry count, activity0, finish0, activity1, finish1, …]. */
  private data: Int32Array = new Int32Array(INITIAL_DATA);
  private blockInts = 0;
  private dataInts = 0;
  private records = 0;
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
    const { block, data } = this;
    for (let b = this.heads.get(key) ?? -1; b >= 0; b = block[b]!) {
      slots: for (let s = b + 2 * block[b + 1]!; s > b; s -= 2) {
        if (block[s]! > t) continue;
        const p = block[s + 1]!;
        for (let e = p + 1, end = p + 1 + 2 * data[p]!; e < end; e += 2) {
          const i = data[e]!;
          const own = starts[i]! + dur[i]!;
          if (data[e + 1]! > (own > t ? own : t)) continue slots;
        }
        return true;
      }
    }
    return false;
  }

  /** Stores the explored partial schedule with last start `t`; false when the cap is reached. */
  remember(key: number | string, t: number): boolean {
    const { placed, starts, dur } = this.partial;
    const n = placed.length;
    while (this.dataInts + 1 + 2 * n > this.data.length) this.data = grown(this.data);
    const { data } = this;
    const p = this.dataInts;
    let e = p + 1;
    for (let i = 0; i < n; i++) {
      if (!placed[i]) continue;
      const f = starts[i]! + dur[i]!;
      if (f <= t) continue;
      data[e++] = i;
      data[e++] = f;
    }
    let head = this.heads.get(key) ?? -1;
    const newBlock = head < 0 || this.block[head + 1] === SLOTS;
    const bytes = 4 * (e + this.blockInts + (newBlock ? BLOCK_INTS : 0));
    if (bytes > this.maxBytes) return false;
    data[p] = (e - p - 1) >> 1;
    this.dataInts = e;
    if (newBlock) {
      if (this.blockInts + BLOCK_INTS > this.block.length) this.block = grown(this.block);
      const b = this.blockInts;
      this.blockInts += BLOCK_INTS;
      this.block[b] = head;
      this.block[b + 1] = 0;
      this.heads.set(key, b);
      head = b;
    }
    const { block } = this;
    const used = ++block[head + 1]!;
    block[head + 2 * used] = t;
    block[head + 2 * used + 1] = p;
    this.records++;
    return true;
  }
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
