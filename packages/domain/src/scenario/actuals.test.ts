import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { ScenarioInput } from "./schema.ts";
import { minimalScenarioInput } from "./minimal.ts";
import { parseScenario } from "./parse.ts";

type ActualInput = NonNullable<NonNullable<ScenarioInput["actuals"]>["activities"]>[number];

/** The minimal scenario (negotiate 8 weeks → transfer 20 weeks from 2025-01-01) with these actuals. */
function withActuals(activities: ActualInput[], asOf = "2025-06-01", edit?: (s: ScenarioInput) => void) {
  const input = minimalScenarioInput();
  input.milestones = [
    { id: "agreement", name: "Cooperation agreement", duration: 2, gates: ["chip"] },
    { id: "group", name: "Working group", duration: 1, after: ["agreement"] },
  ];
  input.actuals = { asOf, activities };
  edit?.(input);
  return stringify(input);
}

function issuesOf(text: string) {
  const r = parseScenario(text, "s.yaml");
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

const agreementDone: ActualInput = {
  activity: "milestone:agreement",
  actualStart: "2025-01-01",
  actualFinish: "2025-01-15",
};

describe("scenario actuals: one test per rule", () => {
  it("accepts finished and in-progress work and fills spent with 0", () => {
    const r = parseScenario(
      withActuals([
        agreementDone,
        { activity: "chip:N25:negotiate", actualStart: "2025-01-15", actualFinish: "2025-03-20", spent: 120 },
        { activity: "chip:N25:transfer", actualStart: "2025-03-20", percentComplete: 25 },
      ]),
      "s.yaml",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.actuals?.activities.map((a) => a.spent)).toEqual([0, 120, 0]);
  });

  it("refuses a finish before its start, at the finish's line", () => {
    const text = withActuals([{ ...agreementDone, actualFinish: "2024-12-20" }]);
    const issues = issuesOf(text);
    expect(issues).toEqual([
      expect.objectContaining({
        path: "actuals.activities[0].actualFinish",
        line: text.split("\n").findIndex((l) => l.includes("actualFinish")) + 1,
        message: "actualFinish 2024-12-20 is before actualStart 2025-01-01",
      }),
    ]);
  });

  it("refuses percent complete outside 0–100, naming the bound and the value", () => {
    for (const [pct, message] of [
      [-5, "must be at least 0, got -5"],
      [130, "must be at most 100, got 130"],
    ] as const) {
      const issues = issuesOf(
        withActuals([{ activity: "milestone:agreement", actualStart: "2025-01-01", percentComplete: pct }]),
      );
      expect(issues).toEqual([
        expect.objectContaining({
          path: "actuals.activities[0].percentComplete",
          message,
        }),
      ]);
    }
  });

  it("refuses an unknown activity id and suggests ids of the same gap", () => {
    const issues = issuesOf(
      withActuals([{ activity: "chip:N25:pilot", actualStart: "2025-01-01", actualFinish: "2025-01-02" }]),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: "actuals.activities[0].activity",
      message: '"chip:N25:pilot" is not an activity of this scenario\'s plans',
    });
    expect(issues[0]!.hint).toContain("chip:N25:negotiate");
  });

  it("refuses a successor that started before its predecessor finished", () => {
    const issues = issuesOf(
      withActuals([
        agreementDone,
        { activity: "chip:N25:negotiate", actualStart: "2025-01-15", actualFinish: "2025-03-20" },
        { activity: "chip:N25:transfer", actualStart: "2025-03-01", percentComplete: 10 },
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: "actuals.activities[2].actualStart",
        message:
          "chip:N25:transfer started on 2025-03-01, before its predecessor chip:N25:negotiate finished on 2025-03-20 (actuals.activities[1])",
      }),
    ]);
  });

  it("refuses a successor finished while its predecessor is still in progress", () => {
    const issues = issuesOf(
      withActuals([
        { activity: "milestone:agreement", actualStart: "2025-01-01", percentComplete: 50 },
        { activity: "milestone:group", actualStart: "2025-02-01", actualFinish: "2025-02-05" },
      ]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "milestone:group started on 2025-02-01 while its predecessor milestone:agreement is still in progress (actuals.activities[0])",
    ]);
  });

  it("refuses gated work recorded while the gating milestone has not started", () => {
    const issues = issuesOf(
      withActuals([
        { activity: "chip:N25:negotiate", actualStart: "2025-01-15", actualFinish: "2025-03-20" },
      ]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "chip:N25:negotiate started on 2025-01-15, but its predecessor milestone:agreement has no actuals",
    ]);
  });

  it("refuses dates after the data date and before the programme start", () => {
    const issues = issuesOf(
      withActuals(
        [
          { activity: "milestone:agreement", actualStart: "2024-12-01", actualFinish: "2025-07-01" },
          { activity: "milestone:group", actualStart: "2025-07-02", percentComplete: 10 },
        ],
        "2025-06-01",
      ),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "actuals.activities[0].actualStart: actualStart 2024-12-01 is before the programme start 2025-01-01",
      "actuals.activities[0].actualFinish: actualFinish 2025-07-01 is after the data date 2025-06-01",
      "actuals.activities[1].actualStart: actualStart 2025-07-02 is after the data date 2025-06-01",
    ]);
  });

  it("refuses a started activity with neither a finish nor a percent complete", () => {
    const issues = issuesOf(withActuals([{ activity: "milestone:agreement", actualStart: "2025-01-01" }]));
    expect(issues).toEqual([
      expect.objectContaining({
        path: "actuals.activities[0]",
        message:
          "an activity that has started needs actualFinish (finished) or percentComplete (in progress)",
      }),
    ]);
  });

  it("refuses a finished activity whose percent complete is not 100", () => {
    const issues = issuesOf(withActuals([{ ...agreementDone, percentComplete: 60 }]));
    expect(issues.map((i) => i.path)).toEqual(["actuals.activities[0].percentComplete"]);
  });

  it("refuses the same activity recorded twice", () => {
    const issues = issuesOf(withActuals([agreementDone, agreementDone]));
    expect(issues.map((i) => i.message)).toEqual([
      '"milestone:agreement" is recorded twice (also actuals.activities[0])',
    ]);
  });

  it("refuses money spent in a currency with no exchange rate", () => {
    const issues = issuesOf(withActuals([{ ...agreementDone, spent: 10, currency: "USD" }]));
    expect(issues).toEqual([
      expect.objectContaining({
        path: "actuals.activities[0].currency",
        message: "no exchange rate for USD on or before 2025-01-15",
      }),
    ]);
  });

  it("refuses an option given by half, unknown, on a milestone, or two options for one gap", () => {
    const issues = issuesOf(
      withActuals([
        { ...agreementDone, partner: "p1", model: "tt" },
        {
          activity: "chip:N25:negotiate",
          actualStart: "2025-01-15",
          actualFinish: "2025-03-20",
          partner: "p1",
        },
        {
          activity: "chip:N25:transfer",
          actualStart: "2025-03-20",
          percentComplete: 5,
          partner: "p9",
          model: "tt",
        },
      ]),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "actuals.activities[0].partner: milestone:agreement is not a gap's work package; only those are done with a partner and model",
      "actuals.activities[1]: give both partner and model (the option the work is done with), or neither",
      'actuals.activities[2].partner: unknown partner "p9"',
    ]);
    const twice = issuesOf(
      withActuals(
        [
          agreementDone,
          {
            activity: "chip:N25:negotiate",
            actualStart: "2025-01-15",
            actualFinish: "2025-03-20",
            partner: "p1",
            model: "tt",
          },
          {
            activity: "chip:N25:transfer",
            actualStart: "2025-03-20",
            percentComplete: 5,
            partner: "p1",
            model: "other",
          },
        ],
        "2025-06-01",
        (s) => {
          s.models!.push({ ...s.models![0]!, id: "other" });
        },
      ),
    );
    expect(twice.map((i) => i.message)).toEqual([
      "chip:N25 is recorded with p1/tt (actuals.activities[1]) and with p1/other",
    ]);
  });

  it("lets a production line's members follow the leader's negotiation, not their own empty one", () => {
    const line = (activities: ActualInput[]) =>
      parseScenario(
        withActuals(activities, "2025-06-01", (s) => {
          s.milestones = [];
          s.targets[0]!.inputs.push({ input: "N35" });
          s.targets[0]!.lines = [{ id: "l", name: "Line", inputs: ["N25", "N35"] }];
          s.partners![0]!.offers!.push({ input: "N35", node: 28, capacity: 1000, firm: "p1f" });
        }),
        "s.yaml",
      );
    const negotiated = {
      activity: "chip:N25:negotiate",
      actualStart: "2025-01-01",
      actualFinish: "2025-03-01",
    };
    expect(
      line([negotiated, { activity: "chip:N35:transfer", actualStart: "2025-03-01", percentComplete: 10 }])
        .ok,
    ).toBe(true);
    const early = line([
      negotiated,
      { activity: "chip:N35:transfer", actualStart: "2025-02-01", percentComplete: 10 },
    ]);
    expect(early.ok ? [] : early.issues.map((i) => i.message)).toEqual([
      "chip:N35:transfer started on 2025-02-01, before its predecessor chip:N25:negotiate finished on 2025-03-01 (actuals.activities[0])",
    ]);
  });

  it("asks for the packages of the recorded model only, not of every model offered", () => {
    const jv = (model?: string) =>
      withActuals(
        [
          agreementDone,
          {
            activity: "chip:N25:negotiate",
            actualStart: "2025-01-15",
            actualFinish: "2025-03-20",
            ...(model ? { partner: "p1", model } : {}),
          },
          { activity: "chip:N25:transfer", actualStart: "2025-03-20", percentComplete: 5 },
        ],
        "2025-06-01",
        (s) => {
          s.models!.push({
            id: "jv",
            type: "joint-venture",
            name: "Joint venture",
            workPackages: [
              { kind: "negotiate", duration: 8 },
              { kind: "setup-company", duration: 10 },
              { kind: "transfer", duration: 20 },
            ],
            localization: 1,
          });
        },
      );
    expect(issuesOf(jv()).map((i) => i.message)).toEqual([
      "chip:N25:transfer started on 2025-03-20, but its predecessor chip:N25:setup-company has no actuals",
    ]);
    expect(parseScenario(jv("tt"), "s.yaml").ok).toBe(true);
  });
});
