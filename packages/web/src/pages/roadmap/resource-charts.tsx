import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../api/types.ts";
import { Chart } from "../../charts/chart.tsx";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";

/** Cumulative spend against cumulative tranche availability over the programme. */
export function BudgetChart({ plan, height = 260 }: { plan: Plan; height?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { currency } = useDomainText();
  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis", valueFormatter: (v: number) => format.money(v, currency) },
      legend: { top: 0 },
      grid: { left: 60, right: 16, top: 32, bottom: 28 },
      xAxis: {
        type: "time",
        splitNumber: 4,
        axisLabel: { hideOverlap: true, formatter: (v: number) => format.month(v) },
      },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => format.money(v, currency) } },
      series: [
        {
          name: t("roadmap.available"),
          type: "line",
          step: "end",
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          data: plan.budget.map((p) => [p.date, p.cumulativeAvailable]),
        },
        {
          name: t("roadmap.spend"),
          type: "line",
          showSymbol: false,
          data: plan.budget.map((p) => [p.date, p.cumulativeSpend]),
        },
      ],
    }),
    [plan, t, format, currency],
  );
  return <Chart option={option} label={t("roadmap.budgetChart")} height={height} testId="budget-chart" />;
}

/** Engineers the schedule needs against those available (initial pool plus trained cohorts). */
export function WorkforceChart({ plan, height = 260 }: { plan: Plan; height?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis", valueFormatter: (v: number) => format.integer(v) },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: {
        type: "time",
        splitNumber: 4,
        axisLabel: { hideOverlap: true, formatter: (v: number) => format.month(v) },
      },
      yAxis: { type: "value" },
      series: [
        {
          name: t("roadmap.engineersAvailable"),
          type: "line",
          step: "end",
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          data: plan.workforce.map((p) => [p.date, p.available]),
        },
        {
          name: t("roadmap.engineersRequired"),
          type: "line",
          step: "end",
          showSymbol: false,
          data: plan.workforce.map((p) => [p.date, p.required]),
        },
      ],
    }),
    [plan, t, format],
  );
  return (
    <Chart option={option} label={t("roadmap.workforceChart")} height={height} testId="workforce-chart" />
  );
}
