import type { Compiled } from "../compile/compiled.ts";
import type { SeededRandom } from "../random.ts";
import { Justifier } from "../sgs/justify.ts";
import { ParallelSgs } from "../sgs/parallel-sgs.ts";
import { PriorityOrder } from "../sgs/priority-order.ts";
import { SerialSgs } from "../sgs/serial-sgs.ts";
import { compareScores, copyInto, type Individual, newIndividual, scoreSchedule } from "./individual.ts";
import type { ModeSpace } from "./mode-space.ts";

/** Share of multi-mode children decoded with the mode-choosing SGS. */
const MODE_CHOICE_RATE = 0.5;
/**
 * Generations without a new best before the population is re-seeded around the best. Measured
 * on PSPLIB samples: single-mode populations gain from early restarts (j30 at 5,000 schedules,
 * j60 at 50,000), multi-mode ones need longer to settle their mode lists (j20 at 30,000).
 */
const STALL_GENERATIONS_SINGLE_MODE = 5;
const STALL_GENERATIONS_MULTI_MODE = 30;
/** Generations a restarted individual survives regardless of its score, so it can breed before the elite displaces it. */
const RESTART_PROTECTION_GENERATIONS = 3;

/**
 * An individual with what survivor selection needs: a hash of its schedule (starts and modes) to
 * remove duplicates anywhere in the population, a secondary objective to break score ties, and
 * the generation until which it survives unconditionally (restarted individuals).
 */
interface Member extends Individual {
  hash: number;
  /** Sum of finish times: among equal scores, the more left-compact schedule ranks first. */
  tie: number;
  keepUntil: number;
}

function newMember(n: number, terms: number): Member {
  return Object.assign(newIndividual(n, terms), { hash: 0, tie: 0, keepUntil: 0 });
}

function compareMembers(a: Member, b: Member): number {
  return compareScores(a.score, b.score) || a.tie - b.tie;
}

export interface SearchBudget {
  maxSchedules: number;
  /** Absolute `performance.now()` time to stop at. */
  stopAt: number;
  /** Stop as soon as the pure-makespan objective reaches this proven bound. */
  lowerBound: number;
  population?: number;
  onImprove?: (best: Individual, schedules: number) => void;
  /**
   * Stop once the best has not improved for this many schedules and for as many as it took to
   * find it (`solve` sets it under a time limit when an exact search follows, so the exact
   * search gets the time the stalled search would waste). Unset: no such stop.
   */
  stallSchedules?: number;
}

/**
 * Genetic algorithm on activity lists and mode lists (Hartmann 1998, 2001): tournament
 * selection, two-point crossover, shift and mode mutation, non-renewable repair of the mode
 * list, forward-backward improvement of every child (Valls et al. 2005) with the improved list
 * written back (Lamarckian), a mode local search on each new best (multi-mode), and a restart
 * around the best when the population stagnates. Every SGS decode counts as one schedule.
 */
export class GeneticSearch {
  schedules = 0;
  readonly best: Individual;
  private hasBest = false;
  /** Schedules decoded when the best last improved. */
  private improvedAt = 0;
  private readonly fwd: SerialSgs;
  private readonly par: ParallelSgs;
  private readonly justifier: Justifier;
  private readonly fwdOrder: PriorityOrder;
  private readonly tmpScore: Float64Array;
  private readonly pos: Int32Array;
  private readonly stamp: Int32Array;
  private stampGen = 0;
  private readonly key: Float64Array;
  private readonly lst: Float64Array;
  private readonly multiMode: boolean;
  private readonly pureMakespan: boolean;
  private readonly modesBackup: Int32Array;
  private readonly totals: { nC: number; use: Float64Array; cap: Float64Array; used: Float64Array };

  constructor(
    private readonly c: Compiled,
    private readonly space: ModeSpace,
    private readonly rng: SeededRandom,
    private readonly budget: SearchBudget,
    latestStarts: ArrayLike<number>,
  ) {
    const terms = c.objective.length;
    this.best = newIndividual(c.n, terms);
    this.fwd = new SerialSgs(c);
    this.par = new ParallelSgs(c);
    this.justifier = new Justifier(c);
    this.fwdOrder = new PriorityOrder(c.n, c.succOffset, c.succTo);
    this.tmpScore = new Float64Array(1 + terms);
    this.pos = new Int32Array(c.n);
    this.stamp = new Int32Array(c.n);
    this.key = new Float64Array(c.n);
    this.lst = Float64Array.from(latestStarts);
    this.multiMode = space.liveModes.some((m) => m.length > 1);
    this.pureMakespan = c.objective.length === 1 && c.objective[0] === "makespan";
    this.modesBackup = new Int32Array(c.n);
    this.totals = { nC: space.nC, use: space.use, cap: space.cap, used: new Float64Array(space.nC) };
  }

  get hasSolution(): boolean {
    return this.hasBest;
  }

  done(): boolean {
    if (this.schedules >= this.budget.maxSchedules) return true;
    const stall = this.budget.stallSchedules;
    if (
      stall !== undefined &&
      this.hasBest &&
      this.schedules - this.improvedAt >= Math.max(stall, this.improvedAt)
    )
      return true;
    if (
      this.hasBest &&
      this.pureMakespan &&
      this.best.score[0] === 0 &&
      this.best.score[1]! <= this.budget.lowerBound
    ) {
      return true;
    }
    return performance.now() >= this.budget.stopAt;
  }

  /** Decodes (serial SGS), applies FBI while it helps, writes the result back into `ind`. */
  evaluate(ind: Individual, decoder: "serial" | "parallel" | "modes" = "serial"): void {
    const { c, fwd, tmpScore, space } = this;
    let makespan: number;
    // A two-decode evaluation must not overrun the schedule budget.
    if (decoder === "parallel" && this.schedules + 2 > this.budget.maxSchedules) decoder = "serial";
    if (decoder === "modes") {
      makespan = fwd.decodeChoosingModes(ind.order, ind.modes, space.liveModes, this.totals);
      this.schedules++;
      for (let i = 0; i < c.n; i++) this.key[i] = fwd.starts[i]!;
      ind.order.set(this.fwdOrder.order(this.key));
    } else {
      if (decoder === "parallel") {
        this.par.decode(ind.order, ind.modes);
        this.schedules++;
        // Re-encode the parallel schedule as a start-sorted list; the serial SGS reproduces it or better.
        for (let i = 0; i < c.n; i++) this.key[i] = this.par.starts[i]!;
        ind.order.set(this.fwdOrder.order(this.key));
      }
      makespan = fwd.decode(ind.order, ind.modes);
      this.schedules++;
    }
    const excess = space.excess(ind.modes);
    scoreSchedule(c, fwd, ind.modes, makespan, excess, ind.score);
    ind.starts.set(fwd.starts);
    // With the mode-choosing decoder, both justification passes may change modes too.
    const choose = decoder === "modes" ? { liveModes: space.liveModes, totals: this.totals } : undefined;
    for (let iter = 0; iter < 3 && this.schedules + 2 <= this.budget.maxSchedules; iter++) {
      if (choose) this.modesBackup.set(ind.modes);
      const res = this.justifier.pass(fwd, ind.modes, choose);
      this.schedules += 2;
      makespan = res.makespan;
      scoreSchedule(c, fwd, ind.modes, makespan, choose ? space.excess(ind.modes) : excess, tmpScore);
      const cmp = compareScores(tmpScore, ind.score);
      if (cmp > 0) {
        if (choose) ind.modes.set(this.modesBackup);
        break;
      }
      ind.order.set(res.order);
      ind.starts.set(fwd.starts);
      ind.score.set(tmpScore);
      if (cmp === 0) break;
    }
    if ("hash" in ind) this.describe(ind as Member);
    if (!this.hasBest || compareScores(ind.score, this.best.score) < 0) {
      copyInto(this.best, ind);
      this.hasBest = true;
      this.improvedAt = this.schedules;
      this.budget.onImprove?.(this.best, this.schedules);
    }
  }

  /** Schedule hash (FNV-1a over starts and modes) and tie-break value of a decoded member. */
  private describe(ind: Member): void {
    const { c } = this;
    let h = 0x811c9dc5;
    let tie = 0;
    for (let i = 0; i < c.n; i++) {
      const s = ind.starts[i]!;
      const m = ind.modes[i]!;
      h = Math.imul(h ^ s, 0x01000193);
      h = Math.imul(h ^ m, 0x01000193);
      tie += s + c.dur[c.modeOffset[i]! + m]!;
    }
    ind.hash = h >>> 0;
    ind.tie = tie;
  }

  /** Random precedence-feasible list biased towards small latest starts (regret-based sampling, Kolisch 1996). */
  private randomOrder(ind: Individual, noise: number): void {
    const { c, key, lst, rng } = this;
    let span = 1;
    for (let i = 0; i < c.n; i++) span = Math.max(span, lst[i]!);
    for (let i = 0; i < c.n; i++) key[i] = lst[i]! * (1 - noise) + rng.next() * span * noise;
    ind.order.set(this.fwdOrder.order(key));
  }

  /** Random live modes (keeping each of `base`'s with probability `keep`), repaired towards feasibility. */
  private randomModes(ind: Individual, base: Int32Array | undefined, keep: number): void {
    const { c, rng, space } = this;
    for (let i = 0; i < c.n; i++) {
      const live = space.liveModes[i]!;
      if (base && rng.next() < keep) ind.modes[i] = base[i]!;
      else ind.modes[i] = live.length > 0 ? live[rng.int(live.length)]! : 0;
    }
    if (space.excess(ind.modes) > 0) space.repair(ind.modes, rng);
  }

  /** Hartmann's two-point crossover; modes follow the parent that supplied the activity. */
  private crossover(mother: Individual, father: Individual, child: Individual): void {
    const n = this.c.n;
    const { stamp, rng } = this;
    const gen = ++this.stampGen;
    let q1 = rng.int(n + 1);
    let q2 = rng.int(n + 1);
    if (q1 > q2) [q1, q2] = [q2, q1];
    let k = 0;
    for (; k < q1; k++) {
      const a = mother.order[k]!;
      child.order[k] = a;
      child.modes[a] = mother.modes[a]!;
      stamp[a] = gen;
    }
    for (let x = 0; x < n && k < q2; x++) {
      const a = father.order[x]!;
      if (stamp[a] === gen) continue;
      child.order[k++] = a;
      child.modes[a] = father.modes[a]!;
      stamp[a] = gen;
    }
    for (let x = 0; x < n && k < n; x++) {
      const a = mother.order[x]!;
      if (stamp[a] === gen) continue;
      child.order[k++] = a;
      child.modes[a] = mother.modes[a]!;
      stamp[a] = gen;
    }
  }

  /** Moves one activity to a random position between its last predecessor and first successor. */
  private shift(ind: Individual): void {
    const { c, pos, rng } = this;
    const order = ind.order;
    for (let x = 0; x < c.n; x++) pos[order[x]!] = x;
    const from = rng.int(c.n);
    const a = order[from]!;
    let lo = 0;
    let hi = c.n - 1;
    for (let e = c.predOffset[a]!; e < c.predOffset[a + 1]!; e++) lo = Math.max(lo, pos[c.predFrom[e]!]! + 1);
    for (let e = c.succOffset[a]!; e < c.succOffset[a + 1]!; e++) hi = Math.min(hi, pos[c.succTo[e]!]! - 1);
    if (hi <= lo) return;
    const to = lo + rng.int(hi - lo + 1);
    if (to > from) order.copyWithin(from, from + 1, to + 1);
    else if (to < from) order.copyWithin(to + 1, to, from);
    order[to] = a;
  }

  private mutate(ind: Individual, modeRate: number): void {
    const { rng, space, c } = this;
    const shifts = 1 + rng.int(2);
    for (let s = 0; s < shifts; s++) if (rng.next() < 0.6) this.shift(ind);
    if (!this.multiMode) return;
    let changed = false;
    for (let i = 0; i < c.n; i++) {
      if (rng.next() >= modeRate) continue;
      const live = space.liveModes[i]!;
      if (live.length < 2) continue;
      ind.modes[i] = live[rng.int(live.length)]!;
      changed = true;
    }
    if (changed && space.excess(ind.modes) > 0) space.repair(ind.modes, rng, 10 * c.n);
  }

  /**
   * Tries every other mode of every activity on the best (Hartmann 2001's multi-mode improvement);
   * non-renewable-infeasible moves are repaired by changing one other activity's mode.
   */
  private modeLocalSearch(scratch: Individual): void {
    const { c, space } = this;
    let improved = true;
    while (improved && !this.done()) {
      improved = false;
      const before = this.best.score[1]!;
      for (let i = 0; i < c.n && !this.done(); i++) {
        for (const m of space.liveModes[i]!) {
          if (m === this.best.modes[i]) continue;
          copyInto(scratch, this.best);
          scratch.modes[i] = m;
          // A move that breaks the non-renewable totals gets one compensating mode change elsewhere.
          if (space.excess(scratch.modes) > 0 && !space.compensate(scratch.modes, i, this.rng)) continue;
          this.evaluate(scratch);
          if (this.done()) return;
        }
      }
      if (this.best.score[1]! < before) improved = true;
    }
  }

  run(initial?: Individual): Individual | undefined {
    const { c, rng, space } = this;
    const popSize = this.budget.population ?? 40;
    const terms = c.objective.length;
    let pop = Array.from({ length: popSize }, () => newMember(c.n, terms));
    let kids = Array.from({ length: popSize }, () => newMember(c.n, terms));
    const scratch = newIndividual(c.n, terms);
    const base = space.findFeasible(20_000).modes;
    let filled = 0;
    if (initial) {
      copyInto(pop[0]!, initial);
      this.evaluate(pop[0]!);
      filled = 1;
    }
    // The first individual is decoded even when a time limit ran out during preprocessing
    // (under load), so a search never ends without a schedule for lack of time alone.
    const mayFill = () => (filled === 0 && this.schedules < this.budget.maxSchedules) || !this.done();
    for (; filled < popSize && mayFill(); filled++) {
      const ind = pop[filled]!;
      this.randomOrder(ind, filled === 0 ? 0 : Math.min(1, filled / popSize + 0.2));
      if (this.multiMode) {
        // Short feasible modes, from greedy (first) to mostly random (last) for diversity.
        if (space.shortFeasible(ind.modes, rng, filled / popSize) > 0) this.randomModes(ind, base, 0.7);
      } else if (filled === 0 && base) ind.modes.set(base);
      else this.randomModes(ind, base, 0.7);
      this.evaluate(ind, filled % 2 === 1 ? "parallel" : "serial");
    }
    if (filled < popSize) return this.hasBest ? this.best : undefined;
    const sortPop = (list: Member[]) => list.sort(compareMembers);
    sortPop(pop);
    let generation = 0;
    let stall = 0;
    let lastBest = this.best.score.slice();
    const modeRate = this.multiMode ? 0.5 / Math.max(1, c.n) + 0.1 : 0;
    while (!this.done()) {
      let made = 0;
      for (; made < popSize && !this.done(); made++) {
        const mother = this.tournament(pop);
        let father = this.tournament(pop);
        if (father === mother) father = pop[rng.int(popSize)]!;
        const kid = kids[made]!;
        this.crossover(mother, father, kid);
        this.mutate(kid, modeRate);
        this.evaluate(kid, this.multiMode && rng.next() < MODE_CHOICE_RATE ? "modes" : "serial");
      }
      // (μ + λ) survival without duplicate schedules (by hash, anywhere in the pool); restarted
      // individuals still under protection go first. A hash collision only costs one survivor.
      generation++;
      const pool = sortPop([...pop, ...kids.slice(0, made)]);
      const next: Member[] = [];
      const rest: Member[] = [];
      const seen = new Set<number>();
      const taken = new Set<Member>();
      for (const ind of pool) {
        if (ind.keepUntil >= generation && next.length < popSize && !seen.has(ind.hash)) {
          next.push(ind);
          seen.add(ind.hash);
          taken.add(ind);
        }
      }
      for (const ind of pool) {
        if (taken.has(ind)) continue;
        if (next.length < popSize && !seen.has(ind.hash)) {
          next.push(ind);
          seen.add(ind.hash);
        } else rest.push(ind);
      }
      while (next.length < popSize) next.push(rest.shift()!);
      sortPop(next);
      pop = next;
      kids = [...rest, ...kids.slice(made)].slice(0, popSize);
      if (compareScores(this.best.score, lastBest) < 0) {
        lastBest = this.best.score.slice();
        stall = 0;
        if (this.multiMode) this.modeLocalSearch(scratch);
      } else if (++stall > (this.multiMode ? STALL_GENERATIONS_MULTI_MODE : STALL_GENERATIONS_SINGLE_MODE)) {
        // Restart around the best (keeps it, re-samples the rest): escapes a converged population.
        stall = 0;
        for (let p = 1; p < popSize && !this.done(); p++) {
          const ind = pop[p]!;
          if (p < popSize / 2) {
            copyInto(ind, this.best);
            for (let s = 0; s < 3; s++) this.shift(ind);
            if (this.multiMode) this.mutate(ind, 0.1);
          } else {
            this.randomOrder(ind, 0.5 + 0.5 * rng.next());
            this.randomModes(ind, this.best.modes, 0.7);
          }
          this.evaluate(ind);
          ind.keepUntil = generation + RESTART_PROTECTION_GENERATIONS;
        }
        sortPop(pop);
      }
    }
    return this.hasBest ? this.best : undefined;
  }

  private tournament(pop: Member[]): Member {
    const a = pop[this.rng.int(pop.length)]!;
    const b = pop[this.rng.int(pop.length)]!;
    return compareMembers(a, b) <= 0 ? a : b;
  }
}
