import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format.ts";
import type { Variance } from "./tracking-api.ts";

const LABEL = 280;
const WIDTH = 620;
const ROW = 22;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const STATUS_COLOUR = { finished: "#59a14f", "in-progress": "#f28e2b", "not-started": "#4e79a7" } as const;

/**
 * Baseline against forecast per activity: the baseline as a thin grey bar above, the forecast below
 * in the colour of its status (finished, in progress, not started), red-outlined when it slipped;
 * a dashed line at the data date.
 */
export function VarianceChart({
  variance,
  label,
}: {
  variance: Variance;
  label: (a: Variance["activities"][number]) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = variance.activities.filter(
    (a) => (a.baselineStart && a.baselineFinish) || (a.forecastStart && a.forecastFinish),
  );
  const dates = rows
    .flatMap((a) => [a.baselineStart, a.baselineFinish, a.forecastStart, a.forecastFinish])
    .filter((d): d is string => Boolean(d));
  if (dates.length === 0) return null;
  const first = Math.min(...dates.map(day));
  const last = Math.max(first + 1, ...dates.map(day));
  const x = (iso: string) => LABEL + ((day(iso) - first) / (last - first)) * WIDTH;
  const height = rows.length * ROW + 24;
  const years: number[] = [];
  for (let y = new Date(first * 86_400_000).getUTCFullYear() + 1; Date.UTC(y, 0, 1) / 86_400_000 <= last; y++)
    years.push(y);
  return (
    <svg
      role="img"
      aria-label={t("tracking.chart")}
      width={LABEL + WIDTH + 10}
      height={height}
      data-testid="variance-chart"
      fontSize={11}
    >
      {years.map((y) => {
        const at = x(`${y}-01-01`);
        return (
          <g key={y}>
            <line x1={at} x2={at} y1={0} y2={height - 14} stroke="#ddd" />
            <text x={at} y={height - 2} textAnchor="middle">
              {y}
            </text>
          </g>
        );
      })}
      {variance.asOf ? (
        <line
          x1={x(variance.asOf)}
          x2={x(variance.asOf)}
          y1={0}
          y2={height - 14}
          stroke="#888"
          strokeDasharray="4 3"
        >
          <title>{t("tracking.asOf", { date: format.date(variance.asOf) })}</title>
        </line>
      ) : null}
      {rows.map((a, i) => {
        const top = i * ROW + 3;
        const slipped = (a.slipDays ?? 0) > 0;
        return (
          <g key={a.activity} data-activity={a.activity}>
            <text x={LABEL - 6} y={top + 12} textAnchor="end">
              {label(a).slice(0, 44)}
            </text>
            {a.baselineStart && a.baselineFinish ? (
              <rect
                x={x(a.baselineStart)}
                y={top}
                width={Math.max(2, x(a.baselineFinish) - x(a.baselineStart))}
                height={6}
                fill="#bbb"
              >
                <title>{`${t("tracking.baseline")}: ${format.date(a.baselineStart)} – ${format.date(a.baselineFinish)}`}</title>
              </rect>
            ) : null}
            {a.forecastStart && a.forecastFinish ? (
              <rect
                x={x(a.forecastStart)}
                y={top + 8}
                width={Math.max(2, x(a.forecastFinish) - x(a.forecastStart))}
                height={10}
                rx={2}
                fill={STATUS_COLOUR[a.status]}
                stroke={slipped ? "#c00" : "none"}
                strokeWidth={slipped ? 2 : 0}
              >
                <title>{`${t(`tracking.status.${a.status}`)}: ${format.date(a.forecastStart)} – ${format.date(a.forecastFinish)}`}</title>
              </rect>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
