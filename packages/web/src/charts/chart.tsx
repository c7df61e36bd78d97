import { useEffect, useRef } from "react";
import { type EChartsCoreOption, echarts } from "./echarts.ts";

interface ChartProps {
  option: EChartsCoreOption;
  /** Read by screen readers; the chart itself is an image to them. */
  label: string;
  height?: number;
  testId?: string;
}

export function Chart({ option, label, height = 300, testId }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option]);

  return (
    <div ref={host} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />
  );
}
