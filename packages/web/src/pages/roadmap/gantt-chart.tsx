import Gantt from "frappe-gantt";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { ganttTasks, type RoadmapNames } from "./gantt-tasks.ts";

/** The roadmap as a read-only frappe-gantt chart; clicking a bar selects its activity. */
export function GanttChart({ plan, onSelect }: { plan: Plan; onSelect: (activityId: string) => void }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const { say, name } = useDomainText();
  const names = useMemo<RoadmapNames>(
    () => ({
      activity: (a) => say(a.nameMessage, a.name),
      partner: (id) => name("partner", id),
      model: (id) => name("model", id),
      target: (id) => name("target", id),
    }),
    [say, name],
  );
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const tasks = ganttTasks(plan, names);
    el.replaceChildren();
    if (tasks.length === 0) return;
    const monthName = new Intl.DateTimeFormat(i18n.language, { month: "short", timeZone: "UTC" });
    new Gantt(el, tasks, {
      view_mode: "Month",
      // A narrow month column with short month names keeps a multi-year programme readable.
      view_modes: [
        {
          name: "Month",
          padding: "1m",
          step: "1m",
          column_width: 52,
          date_format: "YYYY-MM",
          lower_text: (d: Date) => monthName.format(d),
          upper_text: (d: Date, previous: Date | null) =>
            !previous || d.getFullYear() !== previous.getFullYear() ? String(d.getFullYear()) : "",
          upper_text_frequency: 12,
          thick_line: (d: Date) => d.getMonth() === 0,
        },
      ],
      language: i18n.language,
      readonly: true,
      bar_height: 18,
      padding: 10,
      popup: false,
      today_button: false,
      infinite_padding: false,
      scroll_to: "start",
      container_height: Math.min(520, 80 + tasks.length * 28),
      on_click: (task) => select.current(task.activityId ?? task.id),
    });
    return () => el.replaceChildren();
  }, [plan, i18n.language, names]);

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
