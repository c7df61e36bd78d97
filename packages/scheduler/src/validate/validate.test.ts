import { describe, expect, it } from "vitest";
import type { Activity, Problem } from "../model.ts";
import { validate } from "./validate.ts";

/** Smallest problems where exactly one constraint binds (one test per constraint type). */
const act = (id: string, duration: number, extra: Partial<Activity> = {}, demand = 1): Activity => ({
  id,
  modes: [{ duration, renewable: [demand], nonRenewable: [] }],
  ...extra,
});

const base = (activities: Activity[], patch: Partial<Problem> = {}): Problem => ({
  activities,
  precedences: [],
  renewable: [{ id: "R1", capacity: 1 }],
  nonRenewable: [],
  budgets: [],
  ...patch,
});

const kinds = (p: Problem, modes: number[], starts: number[]) =>
  validate(p, { modes, starts }).map((v) => v.kind);

describe("validate", () => {
  it("accepts a feasible schedule", () => {
    expect(validate(base([act("a", 2), act("b", 1)]), { modes: [0, 0], starts: [0, 2] })).toEqual([]);
  });

  it("rejects a schedule whose length does not match the activities", () => {
    expect(kinds(base([act("a", 1)]), [0, 0], [0])).toEqual(["shape"]);
  });

  it("rejects a mode that does not exist", () => {
    expect(kinds(base([act("a", 1)]), [1], [0])).toEqual(["mode"]);
  });

  it("rejects a start before the release date", () => {
    expect(kinds(base([act("a", 1, { release: 3 })]), [0], [2])).toEqual(["release"]);
  });

  it("rejects a finish after the deadline", () => {
    expect(kinds(base([act("a", 2, { deadline: 3 })]), [0], [2])).toEqual(["deadline"]);
  });

  it("rejects an FS precedence with its lag not respected", () => {
    const p = base([act("a", 2, {}, 0), act("b", 1, {}, 0)], {
      precedences: [{ from: 0, to: 1, type: "FS", lag: 1 }],
    });
    expect(kinds(p, [0, 0], [0, 2])).toEqual(["precedence"]);
    expect(kinds(p, [0, 0], [0, 3])).toEqual([]);
  });

  it("rejects an SS precedence with its lag not respected", () => {
    const p = base([act("a", 5, {}, 0), act("b", 1, {}, 0)], {
      precedences: [{ from: 0, to: 1, type: "SS", lag: 2 }],
    });
    expect(kinds(p, [0, 0], [0, 1])).toEqual(["precedence"]);
    expect(kinds(p, [0, 0], [0, 2])).toEqual([]);
  });

  it("rejects renewable use above a constant capacity", () => {
    const v = validate(base([act("a", 2), act("b", 2)]), { modes: [0, 0], starts: [0, 1] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ kind: "renewable", resource: 0, time: 1 });
  });

  it("rejects renewable use above a capacity that drops over time", () => {
    const p = base([act("a", 3, {}, 2)], {
      renewable: [
        {
          id: "R1",
          capacity: [
            { from: 0, capacity: 2 },
            { from: 2, capacity: 1 },
          ],
        },
      ],
    });
    expect(validate(p, { modes: [0], starts: [0] })[0]).toMatchObject({ kind: "renewable", time: 2 });
    expect(validate(p, { modes: [0], starts: [0] })).toHaveLength(1);
  });

  it("rejects non-renewable consumption above the total", () => {
    const p = base(
      [0, 1].map((i) => ({ id: `${i}`, modes: [{ duration: 1, renewable: [0], nonRenewable: [3] }] })),
      { nonRenewable: [{ id: "N1", capacity: 5 }] },
    );
    expect(kinds(p, [0, 0], [0, 0])).toEqual(["nonRenewable"]);
  });

  it("rejects spending drawn at the start before the tranche has arrived", () => {
    const p = base([{ id: "a", modes: [{ duration: 2, renewable: [0], nonRenewable: [], budget: [10] }] }], {
      budgets: [{ id: "B1", draw: "start", tranches: [{ time: 3, amount: 10 }] }],
    });
    expect(validate(p, { modes: [0], starts: [2] })[0]).toMatchObject({ kind: "budget", time: 2 });
    expect(kinds(p, [0], [3])).toEqual([]);
  });

  it("rejects spending spread over the duration that outruns cumulative arrivals", () => {
    // 10 over 4 periods is 3,3,2,2 (remainder first): cumulative 3,6,8,10 against arrivals 4 then 8 at t=2.
    const p = base([{ id: "a", modes: [{ duration: 4, renewable: [0], nonRenewable: [], budget: [10] }] }], {
      budgets: [
        {
          id: "B1",
          draw: "spread",
          tranches: [
            { time: 0, amount: 4 },
            { time: 2, amount: 4 },
            { time: 3, amount: 2 },
          ],
        },
      ],
    });
    expect(validate(p, { modes: [0], starts: [0] })[0]).toMatchObject({ kind: "budget", time: 1 });
    expect(kinds(p, [0], [1])).toEqual([]);
  });
});
