import { type Compiled, NO_TIME, type Network, type Timeline } from "../compile/compiled.ts";
import { PriorityOrder } from "./priority-order.ts";
import { type ModeTotals, SerialSgs } from "./serial-sgs.ts";

/**
 * The problem mirrored in time at makespan T (S' = T - F): FS a→b becomes FS b→a, SS a→b
 * becomes FF b→a, a deadline becomes a release. Releases (deadlines in the mirror) and budgets
 * are left out: the backward pass only proposes an order, the forward pass enforces everything.
 */
function mirrorNetwork(c: Compiled): Network & { release: Int32Array } {
  const E = c.predFrom.length;
  const predOffset = new Int32Array(c.n + 1);
  for (let j = 0; j < c.n; j++) {
    for (let e = c.predOffset[j]!; e < c.predOffset[j + 1]!; e++) predOffset[c.predFrom[e]! + 1]!++;
  }
  for (let i = 0; i < c.n; i++) predOffset[i + 1]! += predOffset[i]!;
  const fill = predOffset.slice(0, c.n);
  const predFrom = new Int32Array(E);
  const predLag = new Int32Array(E);
  const predFromEnd = new Uint8Array(E).fill(1);
  const predToEnd = new Uint8Array(E);
  for (let j = 0; j < c.n; j++) {
    for (let e = c.predOffset[j]!; e < c.predOffset[j + 1]!; e++) {
      const slot = fill[c.predFrom[e]!]!++;
      predFrom[slot] = j;
      predLag[slot] = c.predLag[e]!;
      predToEnd[slot] = c.predFromEnd[e] ? 0 : 1;
    }
  }
  return {
    n: c.n,
    predOffset,
    predFrom,
    predLag,
    predFromEnd,
    predToEnd,
    release: new Int32Array(c.n),
    deadline: new Int32Array(c.n).fill(NO_TIME),
  };
}

/**
 * Forward-backward improvement / double justification (Valls, Ballestín & Quintanilla 2005;
 * Tormos & Lova 2001): right-justify the schedule in decreasing order of finish times, then
 * left-justify in increasing order of the resulting starts. Each pass is one SGS decode.
 */
export class Justifier {
  private readonly back: SerialSgs;
  private readonly mirror: Network & { release: Int32Array };
  private readonly mirrorCap: Int32Array;
  private readonly capMax: Int32Array;
  private readonly backOrder: PriorityOrder;
  private readonly fwdOrder: PriorityOrder;
  private readonly key: Float64Array;
  private readonly hasDeadlines: boolean;

  constructor(private readonly c: Compiled) {
    this.mirror = mirrorNetwork(c);
    this.mirrorCap = c.capConstant ? c.cap : new Int32Array(c.cap.length);
    this.capMax = new Int32Array(c.nR);
    for (let k = 0; k < c.nR; k++) {
      for (let t = 0; t < c.H; t++) this.capMax[k] = Math.max(this.capMax[k]!, c.cap[k * c.H + t]!);
    }
    const timeline: Timeline = { H: c.H, cap: this.mirrorCap, cumArrival: new Float64Array(0) };
    this.back = new SerialSgs(c, { network: this.mirror, timeline, budgets: false });
    this.backOrder = new PriorityOrder(c.n, c.predOffset, c.predFrom);
    this.fwdOrder = new PriorityOrder(c.n, c.succOffset, c.succTo);
    this.key = new Float64Array(c.n);
    this.hasDeadlines = c.deadline.some((d) => d < NO_TIME);
  }

  /**
   * One backward and one forward pass starting from the schedule in `fwd` (which must hold the
   * decode of some list with `modes`). Leaves the new forward schedule in `fwd` and returns its
   * activity list (owned by this object; copy it) and makespan.
   */
  pass(
    fwd: SerialSgs,
    modes: Int32Array,
    choose?: { liveModes: readonly Int32Array[]; totals: ModeTotals },
  ): { order: Int32Array; makespan: number } {
    const { c, key } = this;
    let T = 0;
    for (let i = 0; i < c.n; i++) {
      const f = fwd.finishes[i]!;
      key[i] = -f;
      if (f > T) T = f;
    }
    if (this.hasDeadlines) {
      for (let i = 0; i < c.n; i++) {
        const d = c.deadline[i]!;
        this.mirror.release[i] = d < NO_TIME && T - d > 0 ? T - d : 0;
      }
    }
    if (!c.capConstant) this.buildMirrorCap(T);
    const backList = this.backOrder.order(key);
    const Tb = choose
      ? this.back.decodeChoosingModes(backList, modes, choose.liveModes, choose.totals)
      : this.back.decode(backList, modes);
    for (let i = 0; i < c.n; i++) key[i] = Tb - this.back.finishes[i]!;
    const order = this.fwdOrder.order(key);
    const makespan = choose
      ? fwd.decodeChoosingModes(order, modes, choose.liveModes, choose.totals)
      : fwd.decode(order, modes);
    return { order, makespan };
  }

  private buildMirrorCap(T: number): void {
    const { H, cap, nR } = this.c;
    for (let k = 0; k < nR; k++) {
      const base = k * H;
      for (let t = 0; t < H; t++) {
        const src = T - 1 - t;
        this.mirrorCap[base + t] = src >= 0 && src < H ? cap[base + src]! : this.capMax[k]!;
      }
    }
  }
}
