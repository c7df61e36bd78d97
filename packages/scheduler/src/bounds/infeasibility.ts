import { type Compiled, compile, NO_TIME } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { ModeSpace } from "../search/mode-space.ts";
import { criticalPathTimes } from "./lower-bounds.ts";

/**
 * Proven reasons why no feasible schedule exists, in words a planner can act on. An empty list
 * means none was found (the problem may still be infeasible for subtler reasons).
 */
export function explainInfeasibilityOf(c: Compiled): string[] {
  const p = c.problem;
  const reasons: string[] = [];
  const capMax = new Int32Array(c.nR);
  for (let k = 0; k < c.nR; k++)
    for (let t = 0; t < c.H; t++) capMax[k] = Math.max(capMax[k]!, c.cap[k * c.H + t]!);

  const space = new ModeSpace(c);
  for (let i = 0; i < c.n; i++) {
    if (space.liveModes[i]!.length > 0) continue;
    // Name the resource whose smallest demand over the modes is furthest above its capacity.
    let worst = -1;
    let worstNeed = 0;
    for (let k = 0; k < c.nR; k++) {
      let need = Number.POSITIVE_INFINITY;
      for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++)
        need = Math.min(need, c.req[g * c.nR + k]!);
      if (need > capMax[k]! && (worst < 0 || need - capMax[k]! > worstNeed - capMax[worst]!)) {
        worst = k;
        worstNeed = need;
      }
    }
    const act = p.activities[i]!.id;
    if (worst >= 0) {
      const r = p.renewable[worst]!.id;
      reasons.push(
        `activity ${act} needs ${worstNeed} of ${r} in every mode but ${r} never exceeds ${capMax[worst]}`,
      );
    } else {
      reasons.push(`activity ${act} has no mode whose renewable demands ever fit the capacities together`);
    }
  }

  const totals = (k: number, what: "nonRenewable" | "budget") => {
    let sum = 0;
    for (let i = 0; i < c.n; i++) {
      let m = Number.POSITIVE_INFINITY;
      for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
        if (!c.live[g] && space.liveModes[i]!.length > 0) continue;
        m = Math.min(m, what === "nonRenewable" ? c.nreq[g * c.nN + k]! : c.bud[g * c.nB + k]!);
      }
      sum += m;
    }
    return sum;
  };
  let totalsOk = true;
  for (let k = 0; k < c.nN; k++) {
    const need = totals(k, "nonRenewable");
    if (need > c.nrCap[k]!) {
      totalsOk = false;
      reasons.push(
        `minimal non-renewable demand ${need} exceeds capacity ${c.nrCap[k]} of ${p.nonRenewable[k]!.id}`,
      );
    }
  }
  for (let b = 0; b < c.nB; b++) {
    const need = totals(b, "budget");
    if (need > c.budgetTotal[b]!) {
      totalsOk = false;
      reasons.push(
        `total budget ${c.budgetTotal[b]} of ${p.budgets[b]!.id} is less than the minimal total spend ${need}`,
      );
    }
  }
  if (totalsOk && reasons.length === 0 && space.nC > 1) {
    const found = space.findFeasible();
    if (found.proven) {
      const names = [...p.nonRenewable.map((r) => r.id), ...p.budgets.map((b) => b.id)];
      reasons.push(
        `no choice of modes fits ${names.join(", ")} together (exhaustive search over mode assignments)`,
      );
    }
  }

  const { head, minDur } = criticalPathTimes(c);
  for (let i = 0; i < c.n; i++) {
    const dl = c.deadline[i]!;
    const ef = head[i]! + minDur[i]!;
    if (dl < NO_TIME && ef > dl) {
      reasons.push(`deadline ${dl} of activity ${p.activities[i]!.id} is before its earliest finish ${ef}`);
    }
  }
  return reasons;
}

/** Proven reasons why the problem has no feasible schedule ([] if none was found). */
export function explainInfeasibility(problem: Problem): string[] {
  return explainInfeasibilityOf(compile(problem));
}
