import { dayNumber } from "../roadmap/calendar.ts";
import type { Plan } from "../roadmap/plan.ts";
import { escapeHtml } from "../report/escape.ts";

export interface GanttRow {
  label: string;
  start: string;
  finish: string;
  critical: boolean;
}

const LABEL = 250;
const WIDTH = 430;
const ROW = 18;

/** One row per capability gap: from the first to the last of its activities (ISO dates). */
export function ganttRows(plan: Plan, label: (gapId: string, partner: string | null) => string): GanttRow[] {
  const byGap = new Map<string, GanttRow>();
  for (const a of plan.activities) {
    if (!a.gapId) continue;
    const row = byGap.get(a.gapId);
    if (!row) {
      byGap.set(a.gapId, {
        label: label(a.gapId, a.partner),
        start: a.start,
        finish: a.finish,
        critical: a.critical,
      });
      continue;
    }
    if (a.start < row.start) row.start = a.start;
    if (a.finish > row.finish) row.finish = a.finish;
    row.critical ||= a.critical;
  }
  return [...byGap.values()].sort((x, y) => x.start.localeCompare(y.start) || x.label.localeCompare(y.label));
}

/**
 * The brief's Gantt picture as inline SVG (no scripts, no external assets; text in the page's
 * fonts): a bar per gap, diamonds at the starts of volume production, a tick per year.
 */
export function briefGanttSvg(
  rows: readonly GanttRow[],
  milestones: readonly string[],
  title: string,
): string {
  const days = [
    ...rows.flatMap((r) => [dayNumber(r.start), dayNumber(r.finish)]),
    ...milestones.map(dayNumber),
  ];
  const first = Math.min(...days);
  const last = Math.max(first + 1, ...days);
  const scale = WIDTH / (last - first);
  const height = (rows.length + 1) * ROW + 24;
  const x = (day: number) => (LABEL + (day - first) * scale).toFixed(1);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${LABEL + WIDTH + 12}" height="${height}" font-size="10">`,
  ];
  for (let y = new Date(first * 86_400_000).getUTCFullYear() + 1; ; y++) {
    const d = Date.UTC(y, 0, 1) / 86_400_000;
    if (d > last) break;
    out.push(
      `<line x1="${x(d)}" y1="0" x2="${x(d)}" y2="${height - 14}" stroke="#ccc"/>`,
      `<text x="${x(d)}" y="${height - 3}" text-anchor="middle">${y}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const top = i * ROW + 4;
    const w = Math.max(2, (dayNumber(r.finish) - dayNumber(r.start)) * scale);
    out.push(
      `<text x="${LABEL - 6}" y="${top + 11}" text-anchor="end">${escapeHtml(r.label)}</text>`,
      `<rect x="${x(dayNumber(r.start))}" y="${top}" width="${w.toFixed(1)}" height="${ROW - 5}" rx="2" fill="#4e79a7"${r.critical ? ' stroke="#b00" stroke-width="2"' : ""}/>`,
    );
  });
  const top = rows.length * ROW + 4;
  for (const m of milestones) {
    const cx = Number(x(dayNumber(m)));
    out.push(
      `<polygon points="${cx},${top} ${cx + 6},${top + 6} ${cx},${top + 12} ${cx - 6},${top + 6}" fill="#59a14f"/>`,
    );
  }
  out.push("</svg>");
  return out.join("\n");
}
