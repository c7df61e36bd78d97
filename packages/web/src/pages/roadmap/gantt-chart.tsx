import Gantt from "frappe-gantt";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../api/types.ts";
import { ganttTasks } from "./gantt-tasks.ts";

/** The roadmap as a read-only frappe-gantt chart; clicking a bar selects its activity. */
export function GanttChart({ plan, onSelect }: { plan: Plan; onSelect: (activityId: string) => void }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const tasks = ganttTasks(plan);
    el.replaceChildren();
    if (tasks.length === 0) return;
    new Gantt(el, tasks, {
      view_mode: "Month",
      language: i18n.language,
      readonly: true,
      bar_height: 22,
      padding: 14,
      column_width: 60,
      popup: false,
      today_button: false,
      infinite_padding: false,
      scroll_to: "start",
      container_height: "auto",
      on_click: (task) => select.current(task.id),
    });
    return () => el.replaceChildren();
  }, [plan, i18n.language]);

  return (
    <div
      ref={host}
      className="gantt-host"
      role="img"
      aria-label={t("roadmap.ganttLabel")}
      data-testid="gantt"
    />
  );
}
