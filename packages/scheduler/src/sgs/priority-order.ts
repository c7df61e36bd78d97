/**
 * Precedence-feasible ordering by priority: Kahn's algorithm with a binary heap, so that an
 * activity list can be rebuilt from start times (ties and SS/FF lags cannot break feasibility).
 * Preallocated; `order(...)` allocates nothing.
 */
export class PriorityOrder {
  private readonly heap: Int32Array;
  private readonly indeg: Int32Array;
  readonly out: Int32Array;
  private size = 0;
  private key: ArrayLike<number> = [];

  constructor(
    private readonly n: number,
    /** Edges of the DAG in compressed-row form: successors of v are to[offset[v] .. offset[v+1]). */
    private readonly offset: Int32Array,
    private readonly to: Int32Array,
  ) {
    this.heap = new Int32Array(n);
    this.indeg = new Int32Array(n);
    this.out = new Int32Array(n);
  }

  /** Fills `out` with a topological order that takes the smallest key first; returns `out`. */
  order(key: ArrayLike<number>): Int32Array {
    const { n, offset, to, indeg } = this;
    this.key = key;
    indeg.fill(0);
    for (let e = 0; e < offset[n]!; e++) indeg[to[e]!]!++;
    this.size = 0;
    for (let v = 0; v < n; v++) if (indeg[v] === 0) this.push(v);
    let k = 0;
    while (this.size > 0) {
      const v = this.pop();
      this.out[k++] = v;
      for (let e = offset[v]!; e < offset[v + 1]!; e++) {
        const w = to[e]!;
        if (--indeg[w]! === 0) this.push(w);
      }
    }
    return this.out;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private push(v: number): void {
    const h = this.heap;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(v, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = v;
  }

  private pop(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h[--this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.less(h[c + 1]!, h[c]!)) c++;
      if (!this.less(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}
