import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif",
  defaultRadius: "sm",
});

/** Colours of the three roadmap phases, shared by the Gantt, legends and badges. */
export const PHASE_COLORS: Record<string, string> = {
  market: "#1c7ed6",
  "joint-engineering": "#f08c00",
  "localized-production": "#2f9e44",
};
