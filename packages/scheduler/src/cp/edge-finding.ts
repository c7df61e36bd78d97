/**
 * Overload checking and edge finding on cliques of pairwise-disjunctive activities (a one-machine
 * relaxation; Carlier & Pinson 1989, here over task intervals as in Baptiste, Le Pape & Nuijten
 * 2001, ch. 2): for a window [L, U) bounded by members' earliest start and latest finish, Ω = the
 * members lying inside it (none: nothing to infer). If their work exceeds U - L, fail. If another
 * member i cannot run before Ω ends (min(L, est_i) + p(Ω) + p_i > U), it runs after all of Ω:
 * est_i >= L + p(Ω); symmetrically, if it cannot run after Ω starts, lct_i <= U - p(Ω).
 *
 * The inference is that of the plain triple loop (for each L, for each U, the members inside and
 * then every other member: O(m³) per clique), done in the same order with the same result. What
 * makes it cheaper: before the U loop of an L, an O(m) test over the members sorted by latest
 * finish tells whether any U could fail or move a bound (a superset of the cases that do); when
 * none can, the U loop, which would change nothing, is skipped. Most calls infer nothing, so most
 * L are skipped (issue 14, round 10: edge finding was half of the branch and bound's CPU on j30,
 * three quarters on j60).
 */
export class EdgeFinding {
  /** Members of clique q: member[offset[q] .. offset[q+1]). */
  private readonly offset: Int32Array;
  private readonly member: Int32Array;
  /**
   * Members' windows when their clique last inferred nothing (aligned with `member`), so an
   * unchanged clique is skipped: its inference depends on its members' windows alone.
   */
  private readonly quietEst: Int32Array;
  private readonly quietLst: Int32Array;
  private readonly quiet: Uint8Array;
  /** Scratch per clique, by position in the clique sorted by latest finish. */
  private readonly byLct: Int32Array;
  private readonly sortedLct: Int32Array;
  private readonly sortedEst: Int32Array;
  private readonly sortedDur: Int32Array;
  /** sufMinLst[p]: the smallest latest start among sorted positions p.. (p = m: none). */
  private readonly sufMinLst: Int32Array;
  /** sufMaxDur[p]: the longest duration among sorted positions p.. with est >= L (per L). */
  private readonly sufMaxDur: Int32Array;
  /** sufMinEst[p]: the smallest earliest start among sorted positions p.. with est >= L (per L). */
  private readonly sufMinEst: Int32Array;
  /** Earliest starts L already found to infer nothing on the current windows. */
  private readonly checked: Int32Array;
  /** The clique's members that can still take part in an inference (`liveMembers`). */
  private readonly live: Int32Array;
  /** The fixed members' starts and finishes, sorted by start (`liveMembers`). */
  private readonly fixedStart: Int32Array;
  private readonly fixedEnd: Int32Array;

  constructor(offset: Int32Array, member: Int32Array) {
    this.offset = offset;
    this.member = member;
    this.quietEst = new Int32Array(member.length);
    this.quietLst = new Int32Array(member.length);
    this.quiet = new Uint8Array(Math.max(0, offset.length - 1));
    let largest = 0;
    for (let q = 0; q + 1 < offset.length; q++) largest = Math.max(largest, offset[q + 1]! - offset[q]!);
    this.byLct = new Int32Array(largest);
    this.sortedLct = new Int32Array(largest);
    this.sortedEst = new Int32Array(largest);
    this.sortedDur = new Int32Array(largest);
    this.sufMinLst = new Int32Array(largest + 1);
    this.sufMaxDur = new Int32Array(largest + 1);
    this.sufMinEst = new Int32Array(largest + 1);
    this.checked = new Int32Array(largest);
    this.live = new Int32Array(largest);
    this.fixedStart = new Int32Array(largest);
    this.fixedEnd = new Int32Array(largest);
  }

  /** One pass over every clique: -1 on a failure, else the number of bounds moved. */
  run(est: Int32Array, lst: Int32Array, dur: Int32Array): number {
    const { offset, member, quietEst, quietLst, quiet, checked } = this;
    let moved = 0;
    for (let q = 0; q + 1 < offset.length; q++) {
      const from = offset[q]!;
      const to = offset[q + 1]!;
      if (quiet[q]) {
        let same = true;
        for (let z = from; z < to && same; z++) {
          const m = member[z]!;
          same = est[m] === quietEst[z] && lst[m] === quietLst[z];
        }
        if (same) continue;
      }
      const movedBefore = moved;
      const m = this.liveMembers(from, to, est, lst, dur);
      // The sorted scratch reflects the windows as they were when `moved` had this value; the L
      // values found to infer nothing since then (many members share an earliest start) are
      // checked[0 .. nChecked).
      let sortedAt = -1;
      let nChecked = 0;
      for (let x = 0; x < m; x++) {
        const L = est[this.live[x]!]!;
        if (sortedAt !== moved) {
          this.sortByLct(m, est, lst, dur);
          sortedAt = moved;
          nChecked = 0;
        }
        let seen = false;
        for (let c = 0; c < nChecked && !seen; c++) seen = checked[c] === L;
        if (seen) continue;
        if (!this.mayInfer(L, m)) {
          checked[nChecked++] = L;
          continue;
        }
        const r = this.windowsFrom(L, m, est, lst, dur);
        if (r < 0) return -1;
        moved += r;
      }
      quiet[q] = moved === movedBefore ? 1 : 0;
      if (quiet[q])
        for (let z = from; z < to; z++) {
          quietEst[z] = est[member[z]!]!;
          quietLst[z] = lst[member[z]!]!;
        }
    }
    return moved;
  }

  /**
   * Copies into `live` the members of clique [from, to) that can take part in an inference, and
   * returns their count: all but the fixed members (est = lst) that finish by the earliest start
   * of every unfixed member, L' - provided no two fixed members overlap (they cannot at the pair
   * rule's fixpoint, but edge finding may fix a member in this very pass; then every member is
   * kept, and the overload is found as before). Leaving them out changes no inference: as Ω
   * members they only add work done before L' to a wider window, so with the window starting at
   * a dropped member's start, both the slack U - L - p(Ω) and the earliest end L + p(Ω) are no
   * tighter than with it starting at L' (or at the start of a kept fixed member that runs across
   * L', which they all precede); the latest-start rule can fire there only with the new latest
   * start before that start, below every unfixed member's earliest start - a wipe-out the kept
   * window finds as well; and being fixed and finished, they never move without a wipe-out. In
   * the branch and bound they are the activities placed earlier, so deep in the tree most of a
   * clique drops out.
   */
  private liveMembers(from: number, to: number, est: Int32Array, lst: Int32Array, dur: Int32Array): number {
    const { member, live, fixedStart, fixedEnd } = this;
    let open = 2147483647;
    for (let x = from; x < to; x++) {
      const i = member[x]!;
      if (est[i]! < lst[i]! && est[i]! < open) open = est[i]!;
    }
    let m = 0;
    let fixed = 0;
    for (let x = from; x < to; x++) {
      const i = member[x]!;
      const s = est[i]!;
      const f = s + dur[i]!;
      if (s === lst[i]) {
        // Every fixed member, kept sorted by start (insertion: cliques are small) to check that
        // none overlap.
        let y = fixed++;
        while (y > 0 && fixedStart[y - 1]! > s) {
          fixedStart[y] = fixedStart[y - 1]!;
          fixedEnd[y] = fixedEnd[y - 1]!;
          y--;
        }
        fixedStart[y] = s;
        fixedEnd[y] = f;
        if (f <= open) continue;
      }
      live[m++] = i;
    }
    for (let y = 1; y < fixed; y++) {
      if (fixedEnd[y - 1]! <= fixedStart[y]!) continue;
      for (let x = from; x < to; x++) live[x - from] = member[x]!;
      return to - from;
    }
    return m;
  }

  /** The plain U loop for one L (every live member's latest finish as U), in clique order. */
  private windowsFrom(L: number, m: number, est: Int32Array, lst: Int32Array, dur: Int32Array): number {
    const member = this.live;
    const from = 0;
    const to = m;
    let moved = 0;
    for (let y = from; y < to; y++) {
      const b = member[y]!;
      const U = lst[b]! + dur[b]!;
      if (U <= L) continue;
      let work = 0;
      for (let z = from; z < to; z++) {
        const m = member[z]!;
        if (est[m]! >= L && lst[m]! + dur[m]! <= U) work += dur[m]!;
      }
      if (work > U - L) return -1;
      if (work === 0) continue;
      for (let z = from; z < to; z++) {
        const i = member[z]!;
        const ei = est[i]!;
        const lcti = lst[i]! + dur[i]!;
        if (ei >= L && lcti <= U) continue;
        const d = dur[i]!;
        if (Math.min(L, ei) + work + d > U && ei < L + work) {
          est[i] = L + work;
          if (est[i]! > lst[i]!) return -1;
          moved++;
        }
        if (Math.max(U, lcti) - work - d < L && lcti > U - work) {
          lst[i] = U - work - d;
          if (est[i]! > lst[i]!) return -1;
          moved++;
        }
      }
    }
    return moved;
  }

  /** The live members sorted by latest finish (insertion sort: cliques are small), and sufMinLst. */
  private sortByLct(m: number, est: Int32Array, lst: Int32Array, dur: Int32Array): void {
    const { live, byLct, sortedLct, sortedEst, sortedDur, sufMinLst } = this;
    for (let p = 0; p < m; p++) {
      const i = live[p]!;
      const v = lst[i]! + dur[i]!;
      let s = p;
      while (s > 0 && sortedLct[s - 1]! > v) {
        sortedLct[s] = sortedLct[s - 1]!;
        byLct[s] = byLct[s - 1]!;
        s--;
      }
      sortedLct[s] = v;
      byLct[s] = i;
    }
    sufMinLst[m] = 2147483647;
    for (let p = m - 1; p >= 0; p--) {
      const i = byLct[p]!;
      sortedEst[p] = est[i]!;
      sortedDur[p] = dur[i]!;
      const l = lst[i]!;
      const next = sufMinLst[p + 1]!;
      sufMinLst[p] = l < next ? l : next;
    }
  }

  /**
   * Whether some U > L could fail or move a bound in `windowsFrom(L)`: for each distinct latest
   * finish U (in increasing order), work = p(Ω) over est >= L, lct <= U, and a member outside Ω
   *  - with est < L moves its earliest start iff max(est + d) over those + work > U (exact);
   *  - with lct > U moves its latest start iff min lst over those < L + work (exact);
   *  - with est >= L (so lct > U) can move it only if L + work + max d over those > U and min
   *    est over those < L + work, and one with lct <= U (so est < L) only if U - work - max d
   *    over those < L and max lct over those > U - work: when either may, every member is tested
   *    exactly (`movesAt`).
   * So the answer is exact: false iff `windowsFrom(L)` changes nothing (the windows being those
   * `sortByLct` saw).
   */
  private mayInfer(L: number, m: number): boolean {
    const { sortedEst, sortedDur, sortedLct, sufMinLst, sufMaxDur, sufMinEst } = this;
    let maxEctBefore = -2147483648;
    sufMaxDur[m] = 0;
    sufMinEst[m] = 2147483647;
    for (let p = m - 1; p >= 0; p--) {
      const e = sortedEst[p]!;
      const d = sortedDur[p]!;
      const next = sufMaxDur[p + 1]!;
      const nextEst = sufMinEst[p + 1]!;
      sufMaxDur[p] = e >= L && d > next ? d : next;
      sufMinEst[p] = e >= L && e < nextEst ? e : nextEst;
      if (e < L && e + d > maxEctBefore) maxEctBefore = e + d;
    }
    let work = 0;
    let maxDurLow = 0;
    let maxLctLow = -2147483648;
    let p = 0;
    while (p < m) {
      const U = sortedLct[p]!;
      // Every member with this latest finish joins the lct <= U side.
      while (p < m && sortedLct[p] === U) {
        const d = sortedDur[p]!;
        if (sortedEst[p]! >= L) work += d;
        else {
          if (d > maxDurLow) maxDurLow = d;
          maxLctLow = U;
        }
        p++;
      }
      if (U <= L) continue;
      if (work > U - L) return true;
      if (work === 0) continue;
      if (maxEctBefore + work > U) return true;
      if (sufMinLst[p]! < L + work) return true;
      if (
        ((L + work + sufMaxDur[p]! > U && sufMinEst[p]! < L + work) ||
          (U - work - maxDurLow < L && maxLctLow > U - work)) &&
        this.movesAt(L, U, work, m)
      )
        return true;
    }
    return false;
  }

  /** Whether some member outside Ω(L, U) would have a bound moved at this L, U and work (exact). */
  private movesAt(L: number, U: number, work: number, m: number): boolean {
    const { sortedEst, sortedDur, sortedLct } = this;
    for (let p = 0; p < m; p++) {
      const ei = sortedEst[p]!;
      const d = sortedDur[p]!;
      const lcti = sortedLct[p]!;
      if (ei >= L && lcti <= U) continue;
      if (Math.min(L, ei) + work + d > U && ei < L + work) return true;
      if (Math.max(U, lcti) - work - d < L && lcti > U - work) return true;
    }
    return false;
  }
}
