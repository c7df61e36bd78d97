import { ProblemInputError } from "../errors.ts";
import type { Problem } from "../model.ts";

function isNonNegInt(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0;
}

function need(ok: boolean, path: string, what: string, got: unknown): void {
  if (!ok) throw new ProblemInputError(path, `expected ${what}, got ${JSON.stringify(got)}`);
}

/**
 * Checks the shape of a problem once at the boundary (parse, don't re-validate): integer,
 * non-negative times and quantities, consistent array lengths, indices in range and an acyclic
 * precedence graph. Throws ProblemInputError (code BAD_INPUT) naming the JSON path to fix.
 */
export function checkProblem(problem: Problem): void {
  const nR = problem.renewable.length;
  const nN = problem.nonRenewable.length;
  const nB = problem.budgets.length;
  const n = problem.activities.length;
  need(n > 0, "activities", "at least one activity", n);
  problem.renewable.forEach((r, k) => {
    if (typeof r.capacity === "number") {
      need(isNonNegInt(r.capacity), `renewable[${k}].capacity`, "a non-negative integer", r.capacity);
    } else {
      let prev = -1;
      r.capacity.forEach((s, i) => {
        const p = `renewable[${k}].capacity[${i}]`;
        need(
          isNonNegInt(s.from) && s.from > prev,
          `${p}.from`,
          "an integer period after the previous step",
          s.from,
        );
        need(isNonNegInt(s.capacity), `${p}.capacity`, "a non-negative integer", s.capacity);
        prev = s.from;
      });
    }
  });
  problem.nonRenewable.forEach((r, k) => {
    need(isNonNegInt(r.capacity), `nonRenewable[${k}].capacity`, "a non-negative integer", r.capacity);
  });
  problem.budgets.forEach((b, k) => {
    need(b.draw === "start" || b.draw === "spread", `budgets[${k}].draw`, '"start" or "spread"', b.draw);
    b.tranches.forEach((t, i) => {
      need(isNonNegInt(t.time), `budgets[${k}].tranches[${i}].time`, "a non-negative integer", t.time);
      need(isNonNegInt(t.amount), `budgets[${k}].tranches[${i}].amount`, "a non-negative integer", t.amount);
    });
  });
  problem.activities.forEach((a, i) => {
    const p = `activities[${i}]`;
    need(a.modes.length > 0, `${p}.modes`, "at least one mode", a.modes.length);
    for (const key of ["release", "deadline", "dueDate"] as const) {
      const v = a[key];
      if (v !== undefined) need(isNonNegInt(v), `${p}.${key}`, "a non-negative integer", v);
    }
    if (a.tardinessWeight !== undefined) {
      need(
        Number.isFinite(a.tardinessWeight) && a.tardinessWeight >= 0,
        `${p}.tardinessWeight`,
        "a non-negative number",
        a.tardinessWeight,
      );
    }
    a.modes.forEach((m, j) => {
      const mp = `${p}.modes[${j}]`;
      need(isNonNegInt(m.duration), `${mp}.duration`, "a non-negative integer", m.duration);
      need(
        m.renewable.length === nR,
        `${mp}.renewable`,
        `${nR} demands (one per renewable resource)`,
        m.renewable,
      );
      m.renewable.forEach((v, k) => {
        need(isNonNegInt(v), `${mp}.renewable[${k}]`, "a non-negative integer", v);
      });
      need(m.nonRenewable.length === nN, `${mp}.nonRenewable`, `${nN} amounts`, m.nonRenewable);
      m.nonRenewable.forEach((v, k) => {
        need(isNonNegInt(v), `${mp}.nonRenewable[${k}]`, "a non-negative integer", v);
      });
      if (m.budget !== undefined) {
        need(m.budget.length === nB, `${mp}.budget`, `${nB} amounts`, m.budget);
        m.budget.forEach((v, k) => {
          need(isNonNegInt(v), `${mp}.budget[${k}]`, "a non-negative integer", v);
        });
      }
      if (m.cost !== undefined) need(Number.isFinite(m.cost), `${mp}.cost`, "a finite number", m.cost);
    });
  });
  problem.precedences.forEach((e, i) => {
    const p = `precedences[${i}]`;
    need(
      Number.isInteger(e.from) && e.from >= 0 && e.from < n,
      `${p}.from`,
      `an activity index < ${n}`,
      e.from,
    );
    need(Number.isInteger(e.to) && e.to >= 0 && e.to < n, `${p}.to`, `an activity index < ${n}`, e.to);
    need(e.type === "FS" || e.type === "SS", `${p}.type`, '"FS" or "SS"', e.type);
    need(isNonNegInt(e.lag), `${p}.lag`, "a non-negative integer", e.lag);
  });
  for (const term of problem.objective ?? []) {
    need(
      ["makespan", "completion", "weightedTardiness", "cost"].includes(term),
      "objective",
      "makespan|completion|weightedTardiness|cost",
      term,
    );
  }
  const cycle = findCycle(n, problem.precedences);
  if (cycle) {
    const ids = cycle.map((i) => problem.activities[i]?.id ?? String(i));
    throw new ProblemInputError(
      "precedences",
      `precedence cycle ${ids.join(" → ")}; remove one of these precedences (the engine needs an acyclic graph)`,
    );
  }
}

/** Returns one cycle of activity indices (first repeated at the end), or undefined (iterative DFS). */
export function findCycle(n: number, edges: readonly { from: number; to: number }[]): number[] | undefined {
  const succ: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) succ[e.from]?.push(e.to);
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const parent = new Int32Array(n).fill(-1);
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, idx] = top;
      const list = succ[v]!;
      if (idx < list.length) {
        top[1] = idx + 1;
        const w = list[idx]!;
        if (state[w] === 1) {
          const cycle = [w];
          for (let u = v; u !== w; u = parent[u]!) cycle.push(u);
          cycle.push(w);
          return cycle.reverse().slice(0);
        }
        if (state[w] === 0) {
          state[w] = 1;
          parent[w] = v;
          stack.push([w, 0]);
        }
      } else {
        state[v] = 2;
        stack.pop();
      }
    }
  }
  return undefined;
}
