/**
 * Inline SVG charts for the self-contained HTML report: no scripts, no external fonts or images,
 * so the file opens offline and prints as it looks.
 */
import { dayNumber } from "../roadmap/calendar.ts";
import type { Phase, PlanActivity } from "../roadmap/plan.ts";
import { escapeHtml } from "./escape.ts";

export const PHASE_COLOURS: Record<Phase, string> = {
  market: "#4e79a7",
  "joint-engineering": "#f28e2b",
  "localized-production": "#59a14f",
};

const LABEL_WIDTH = 260;
const CHART_WIDTH = 640;
const ROW = 18;

function yearTicks(first: number, last: number): { x: number; label: string }[] {
  const ticks: { x: number; label: string }[] = [];
  const y0 = new Date(first * 86_400_000).getUTCFullYear();
  const y1 = new Date(last * 86_400_000).getUTCFullYear();
  for (let y = y0; y <= y1 + 1; y++) {
    const d = Date.UTC(y, 0, 1) / 86_400_000;
    if (d >= first && d <= last) ticks.push({ x: d, label: String(y) });
  }
  return ticks;
}

export function ganttSvg(activities: readonly PlanActivity[]): string {
  if (activities.length === 0) return "<p>No activities.</p>";
  const first = Math.min(...activities.map((a) => dayNumber(a.start)));
  const last = Math.max(first + 1, ...activities.map((a) => dayNumber(a.finish)));
  const scale = CHART_WIDTH / (last - first);
  const height = activities.length * ROW + 30;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Gantt chart" width="${LABEL_WIDTH + CHART_WIDTH + 10}" height="${height}" font-family="sans-serif" font-size="11">`,
  ];
  for (const tick of yearTicks(first, last)) {
    const x = LABEL_WIDTH + (tick.x - first) * scale;
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="0" x2="${x.toFixed(1)}" y2="${height - 14}" stroke="#ccc"/>`,
      `<text x="${x.toFixed(1)}" y="${height - 2}" text-anchor="middle">${tick.label}</text>`,
    );
  }
  activities.forEach((a, i) => {
    const y = i * ROW + 4;
    const x = LABEL_WIDTH + (dayNumber(a.start) - first) * scale;
    const w = Math.max(2, (dayNumber(a.finish) - dayNumber(a.start)) * scale);
    const title = `${a.name}: ${a.start} → ${a.finish}${a.partner ? ` (${a.partner}, ${a.model})` : ""}`;
    parts.push(
      `<text x="${LABEL_WIDTH - 6}" y="${y + 11}" text-anchor="end">${escapeHtml(a.name.slice(0, 42))}</text>`,
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 5}" rx="2" fill="${PHASE_COLOURS[a.phase]}"${a.critical ? ' stroke="#b00" stroke-width="2"' : ""}><title>${escapeHtml(title)}</title></rect>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n");
}

export interface Series {
  name: string;
  colour: string;
  points: readonly { date: string; value: number }[];
  /** Step curves hold their value until the next point (money arrivals, headcount). */
  step?: boolean;
}

/** A line chart of one or more date series sharing both axes. */
export function lineChartSvg(title: string, series: readonly Series[], unit: string): string {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return `<p>${escapeHtml(title)}: no data.</p>`;
  const w = 640;
  const h = 220;
  const left = 70;
  const bottom = 24;
  const first = Math.min(...all.map((p) => dayNumber(p.date)));
  const last = Math.max(first + 1, ...all.map((p) => dayNumber(p.date)));
  const top = Math.max(1, ...all.map((p) => p.value));
  const sx = (d: number) => left + ((d - first) / (last - first)) * (w - left - 10);
  const sy = (v: number) => h - bottom - (v / top) * (h - bottom - 20);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${w}" height="${h}" font-family="sans-serif" font-size="11">`,
    `<line x1="${left}" y1="${sy(0)}" x2="${w - 10}" y2="${sy(0)}" stroke="#888"/>`,
    `<line x1="${left}" y1="20" x2="${left}" y2="${sy(0)}" stroke="#888"/>`,
    `<text x="${left - 4}" y="24" text-anchor="end">${escapeHtml(formatCompact(top))}</text>`,
    `<text x="${left - 4}" y="${sy(0)}" text-anchor="end">0</text>`,
    `<text x="${left + 4}" y="12">${escapeHtml(`${title} (${unit})`)}</text>`,
  ];
  for (const tick of yearTicks(first, last)) {
    parts.push(`<text x="${sx(tick.x).toFixed(1)}" y="${h - 6}" text-anchor="middle">${tick.label}</text>`);
  }
  series.forEach((s, i) => {
    const coords: string[] = [];
    let prev: number | undefined;
    for (const p of s.points) {
      const x = sx(dayNumber(p.date)).toFixed(1);
      if (s.step && prev !== undefined) coords.push(`${x},${sy(prev).toFixed(1)}`);
      coords.push(`${x},${sy(p.value).toFixed(1)}`);
      prev = p.value;
    }
    parts.push(
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${coords.join(" ")}"/>`,
      `<rect x="${w - 170}" y="${14 + i * 14}" width="10" height="10" fill="${s.colour}"/>`,
      `<text x="${w - 156}" y="${23 + i * 14}">${escapeHtml(s.name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n");
}

/** Axis labels: 1.2k, 3.4M, 20.0bn, so that large currency amounts fit the margin. */
export function formatCompact(n: number): string {
  const units: [number, string][] = [
    [1e12, "tn"],
    [1e9, "bn"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, suffix] of units) if (Math.abs(n) >= size) return `${(n / size).toFixed(1)}${suffix}`;
  return formatNumber(n);
}

export function formatNumber(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
