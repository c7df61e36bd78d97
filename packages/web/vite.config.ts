import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
// frappe-gantt's "exports" map hides its stylesheet, so resolve the file next to its CommonJS entry.
const ganttCss = join(dirname(createRequire(import.meta.url).resolve("frappe-gantt")), "frappe-gantt.css");
const server = process.env.CHIPROAD_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  root: here,
  base: "/",
  plugins: [react()],
  resolve: { alias: { "frappe-gantt-css": ganttCss } },
  // The API refuses cookie-authenticated writes whose Origin is not its own (CSRF); the dev server is
  // another origin, so its proxy presents the API's.
  server: {
    proxy: {
      "/api": { target: server, changeOrigin: true, headers: { origin: new URL(server).origin } },
      "/openapi.json": server,
      "/docs": server,
    },
  },
  build: {
    outDir: join(here, "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Gzip sizing of every chunk costs seconds on each build and is not needed to serve the app.
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (id.includes("node_modules/echarts") || id.includes("node_modules/zrender")) return "echarts";
          if (id.includes("node_modules/@mantine")) return "mantine";
          return undefined;
        },
      },
    },
  },
});
