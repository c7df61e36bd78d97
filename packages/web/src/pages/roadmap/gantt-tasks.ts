import type { GanttTask } from "frappe-gantt";
import type { Plan } from "../../api/types.ts";

const DAY_MS = 86_400_000;

/**
 * Plan activities as Gantt bars: one CSS class per phase with a "-crit" suffix on the critical
 * path (frappe-gantt accepts a single class token). Zero-length milestones get one day so they
 * stay visible.
 */
export function ganttTasks(plan: Plan): GanttTask[] {
  const critical = new Set(plan.criticalPath);
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
      const who = a.partner ? ` · ${a.partner}${a.model ? `/${a.model}` : ""}` : "";
      return {
        id: a.id,
        name: `${a.name}${who}`,
        start,
        end,
        progress: 0,
        custom_class: `cr-${a.phase}${crit ? "-crit" : ""}`,
      };
    });
}
