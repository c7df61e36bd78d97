// frappe-gantt 1.x ships no type declarations; this covers the part of its API the roadmap uses.
declare module "frappe-gantt" {
  export interface GanttTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    dependencies?: string;
    custom_class?: string;
    /** chiproad's own: the plan activity a bar draws (its `id` must be a CSS-safe token). */
    activityId?: string;
  }
  export interface GanttViewMode {
    name: string;
    padding?: string;
    step: string;
    column_width?: number;
    date_format?: string;
    lower_text?: string | ((date: Date, previous: Date | null, lang: string) => string);
    upper_text?: string | ((date: Date, previous: Date | null, lang: string) => string);
    upper_text_frequency?: number;
    thick_line?: (date: Date) => boolean;
  }
  export interface GanttOptions {
    view_modes?: GanttViewMode[];
    view_mode?: "Day" | "Week" | "Month" | "Year";
    language?: string;
    readonly?: boolean;
    bar_height?: number;
    padding?: number;
    column_width?: number;
    popup?: false | ((ctx: unknown) => string | false | undefined);
    popup_on?: "click" | "hover";
    today_button?: boolean;
    view_mode_select?: boolean;
    scroll_to?: string;
    infinite_padding?: boolean;
    container_height?: number | "auto";
    lines?: "none" | "vertical" | "horizontal" | "both";
    on_click?: (task: GanttTask) => void;
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: GanttTask[], options?: GanttOptions);
    change_view_mode(mode: string, maintainPos?: boolean): void;
  }
}
