import { describe, expect, it } from "vitest";
import { activityOf, planOf } from "../../api/plan-fixture.ts";
import type { Plan } from "../../api/types.ts";
import { activityLabels, ganttTasks } from "./gantt-tasks.ts";

const plan: Plan = planOf({
  status: "feasible",
  activities: [
    activityOf({
      id: "b",
      name: "Pilot line",
      phase: "localized-production",
      partner: "ind",
      model: "jv",
      start: "2025-01-01",
      finish: "2025-06-01",
    }),
    activityOf({ id: "a", name: "Agreement", phase: "market", start: "2024-03-01", finish: "2024-03-01" }),
  ],
  rejected: [],
  budget: [],
  workforce: [],
  criticalPath: ["b"],
});

describe("roadmap bars", () => {
  it("orders bars by start and marks the critical path with a single class token", () => {
    const tasks = ganttTasks(plan);
    expect(tasks.map((t) => [t.activityId, t.custom_class])).toEqual([
      ["a", "cr-market"],
      ["b", "cr-localized-production-crit"],
    ]);
    for (const t of tasks) expect(t.custom_class).not.toMatch(/\s/);
  });

  it("names the partner and model on the bar and gives a zero-length milestone one day", () => {
    const [milestone, pilot] = ganttTasks(plan);
    expect(milestone?.end).toBe("2024-03-02");
    expect(pilot?.name).toBe("Pilot line · ind, jv");
    const named = ganttTasks(plan, {
      activity: (a) => a.name,
      partner: (id) => (id === "ind" ? "India" : id),
      model: (id) => (id === "jv" ? "Joint venture" : id),
      target: (id) => id,
    });
    expect(named.find((t) => t.activityId === "b")?.name).toBe("Pilot line · India, Joint venture");
  });

  it("gives bars CSS-safe ids (frappe-gantt puts them into selectors), distinct per activity", () => {
    const tasks = ganttTasks(
      planOf({
        activities: [
          activityOf({ id: "coprocessor:N7:negotiate", name: "x", phase: "market" }),
          activityOf({ id: "coprocessor_N7:negotiate", name: "y", phase: "market" }),
        ],
      }),
    );
    for (const t of tasks) expect(t.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(2);
  });

  it("tells apart the same work package on the same input for two targets by the target's name", () => {
    const twin = planOf({
      activities: [
        activityOf({
          id: "mcu:N25:negotiate",
          name: "Negotiate and sign: Photolithography",
          phase: "market",
          targetId: "mcu",
        }),
        activityOf({
          id: "pmic:N25:negotiate",
          name: "Negotiate and sign: Photolithography",
          phase: "market",
          targetId: "pmic",
        }),
        activityOf({ id: "m", name: "Approval", phase: "market" }),
      ],
    });
    const labels = activityLabels(twin, {
      activity: (a) => a.name,
      partner: (id) => id,
      model: (id) => id,
      target: (id) => ({ mcu: "Microcontroller", pmic: "Power IC" })[id] ?? id,
    });
    expect(labels.get("mcu:N25:negotiate")).toBe("Negotiate and sign: Photolithography (Microcontroller)");
    expect(labels.get("pmic:N25:negotiate")).toBe("Negotiate and sign: Photolithography (Power IC)");
    expect(labels.get("m")).toBe("Approval");
  });
});
