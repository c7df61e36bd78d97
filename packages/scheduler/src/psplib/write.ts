import { ProblemInputError } from "../errors.ts";
import type { Problem } from "../model.ts";

const RULE = "*".repeat(72);

function pad(value: number | string, width: number): string {
  return String(value).padStart(width);
}

/**
 * Writes a problem in PSPLIB format (.sm when every job has one mode and there are no
 * non-renewable resources, otherwise the .mm layout; both parse the same way). Only
 * PSPLIB-representable problems are accepted: activity ids "1".."N" in order, FS precedences
 * with lag 0, constant capacities, no budgets, time windows, due dates or costs.
 */
export function writePsplib(problem: Problem): string {
  const acts = problem.activities;
  const n = acts.length;
  const unsupported = (path: string, what: string): never => {
    throw new ProblemInputError(path, `${what} cannot be written in PSPLIB format`);
  };
  if (problem.budgets.length > 0) unsupported("budgets", "budget resources");
  acts.forEach((a, i) => {
    if (a.id !== String(i + 1)) unsupported(`activities[${i}].id`, `id "${a.id}" (must be "${i + 1}")`);
    if (a.release !== undefined || a.deadline !== undefined || a.dueDate !== undefined) {
      unsupported(`activities[${i}]`, "release dates, deadlines and due dates");
    }
    a.modes.forEach((m, j) => {
      if (m.cost !== undefined || m.label !== undefined || m.budget !== undefined) {
        unsupported(`activities[${i}].modes[${j}]`, "mode cost, label and budget");
      }
    });
  });
  problem.precedences.forEach((e, i) => {
    if (e.type !== "FS" || e.lag !== 0) unsupported(`precedences[${i}]`, "SS precedences and lags");
  });
  const caps = problem.renewable.map((r, k) =>
    typeof r.capacity === "number"
      ? r.capacity
      : unsupported(`renewable[${k}].capacity`, "time-varying capacity"),
  );
  const nR = problem.renewable.length;
  const nN = problem.nonRenewable.length;
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const e of problem.precedences) successors[e.from]!.push(e.to + 1);
  const horizon =
    problem.horizon ?? acts.reduce((sum, a) => sum + Math.max(...a.modes.map((m) => m.duration)), 0);

  const out: string[] = [
    RULE,
    "file with basedata            : chiproad",
    "initial value random generator: 0",
    RULE,
    "projects                      :  1",
    `jobs (incl. supersource/sink ):  ${n}`,
    `horizon                       :  ${horizon}`,
    "RESOURCES",
    `  - renewable                 :  ${nR}   R`,
    `  - nonrenewable              :  ${nN}   N`,
    "  - doubly constrained        :  0   D",
    RULE,
    "PROJECT INFORMATION:",
    "pronr.  #jobs rel.date duedate tardcost  MPM-Time",
    `    1  ${pad(Math.max(0, n - 2), 5)}      0  ${pad(horizon, 6)}        0  ${pad(horizon, 8)}`,
    RULE,
    "PRECEDENCE RELATIONS:",
    "jobnr.    #modes  #successors   successors",
  ];
  acts.forEach((a, i) => {
    const succ = successors[i]!;
    out.push(
      `${pad(i + 1, 4)}${pad(a.modes.length, 9)}${pad(succ.length, 11)}   ${succ.map((s) => pad(s, 4)).join("")}`,
    );
  });
  const labels = [
    ...problem.renewable.map((_, k) => `  R ${k + 1}`),
    ...problem.nonRenewable.map((_, k) => `  N ${k + 1}`),
  ].join("");
  out.push(RULE, "REQUESTS/DURATIONS:", `jobnr. mode duration${labels}`, "-".repeat(72));
  acts.forEach((a, i) => {
    a.modes.forEach((m, j) => {
      const demands = [...m.renewable, ...m.nonRenewable].map((v) => pad(v, 5)).join("");
      out.push(`${j === 0 ? pad(i + 1, 3) : "   "}${pad(j + 1, 7)}${pad(m.duration, 6)}  ${demands}`);
    });
  });
  out.push(
    RULE,
    "RESOURCEAVAILABILITIES:",
    labels,
    `  ${[...caps, ...problem.nonRenewable.map((r) => r.capacity)].map((v) => pad(v, 5)).join("")}`,
    RULE,
  );
  return `${out.join("\n")}\n`;
}
