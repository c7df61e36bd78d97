import type { GanttTask } from "frappe-gantt";
import type { Plan, PlanActivity } from "../../api/types.ts";

/** How the roadmap names things: activity names in the UI language, display names for ids. */
export interface RoadmapNames {
  activity: (a: PlanActivity) => string;
  partner: (id: string) => string;
  model: (id: string) => string;
  target: (id: string) => string;
}

const AS_GIVEN: RoadmapNames = {
  activity: (a) => a.name,
  partner: (id) => id,
  model: (id) => id,
  target: (id) => id,
};

/**
 * One label per activity: its name, and the target's name when two activities would otherwise
 * read the same (the same work package on the same input for two targets).
 */
export function activityLabels(plan: Plan, names: RoadmapNames = AS_GIVEN): Map<string, string> {
  const base = new Map(plan.activities.map((a) => [a.id, names.activity(a)]));
  const seen = new Map<string, number>();
  for (const label of base.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const a of plan.activities) {
    const label = base.get(a.id) ?? a.name;
    out.set(
      a.id,
      (seen.get(label) ?? 0) > 1 && a.targetId ? `${label} (${names.target(a.targetId)})` : label,
    );
  }
  return out;
}

const DAY_MS = 86_400_000;

/** A CSS-identifier-safe token for an activity id, distinct for distinct ids. */
export function cssToken(id: string): string {
  return `a-${[...id].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)?.toString(16)}_`)).join("")}`;
}

/**
 * Plan activities as Gantt bars: one CSS class per phase with a "-crit" suffix on the critical
 * path (frappe-gantt accepts a single class token). Zero-length milestones get one day so they
 * stay visible.
 */
export function ganttTasks(plan: Plan, names: RoadmapNames = AS_GIVEN): GanttTask[] {
  const critical = new Set(plan.criticalPath);
  const labels = activityLabels(plan, names);
  return [...plan.activities]
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) || a.finish.localeCompare(b.finish) || a.id.localeCompare(b.id),
    )
    .map((a) => {
      const start = a.start.slice(0, 10);
      let end = a.finish.slice(0, 10);
      if (end <= start) end = new Date(Date.parse(start) + DAY_MS).toISOString().slice(0, 10);
      const crit = critical.has(a.id) || a.critical === true;
      const who = a.partner
        ? ` · ${names.partner(a.partner)}${a.model ? `, ${names.model(a.model)}` : ""}`
        : "";
      return {
        // frappe-gantt builds CSS selectors from the id (".highlight-<id>"): ids such as
        // "coprocessor:N7:negotiate" threw on hover, so bars get a safe token and keep the id aside.
        id: cssToken(a.id),
        activityId: a.id,
        name: `${labels.get(a.id) ?? a.name}${who}`,
        start,
        end,
        progress: 0,
        custom_class: `cr-${a.phase}${crit ? "-crit" : ""}`,
      };
    });
}
