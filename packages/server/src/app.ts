import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps } from "./context.ts";
import { docsRoutes } from "./docs.ts";
import { problem, problemResponse, toProblem } from "./problem.ts";
import { analysisRoutes } from "./routes/analysis.ts";
import { auditRoutes } from "./routes/audit.ts";
import { datasetRoutes } from "./routes/datasets.ts";
import { healthRoutes } from "./routes/health.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { marketRoutes } from "./routes/market.ts";
import { scenarioRoutes } from "./routes/scenarios.ts";
import { screenRoutes } from "./routes/screen.ts";
import { webRoutes } from "./web.ts";

export const JSON_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

function limit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      problemResponse(
        c,
        problem(
          "PAYLOAD_TOO_LARGE",
          `the request body is over ${maxSize / 1024 / 1024} MB; send a smaller body or split it`,
        ),
      ),
  });
}

/** The chiproad HTTP application: JSON API under /api, OpenAPI at /openapi.json, docs at /docs, web UI. */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // zod validation failures of params, query, headers or body → 400 problem details naming each field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = result.error.issues.map((i) => ({
        path: [result.target, ...i.path.map(String)].join("."),
        message: i.message,
      }));
      const detail = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
      return problemResponse(c, problem("BAD_INPUT", detail, 400, errors));
    },
  });

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    // Method, route pattern and status only: no bodies, no query strings (they may carry names).
    deps.logger.info(
      {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });

  const uploadLimit = limit(UPLOAD_LIMIT_BYTES);
  const jsonLimit = limit(JSON_LIMIT_BYTES);
  app.use("/api/*", (c, next) =>
    c.req.path.startsWith("/api/datasets/") ? uploadLimit(c, next) : jsonLimit(c, next),
  );

  app.onError((error, c) => {
    const p = toProblem(error);
    if (p.code === "INTERNAL") deps.logger.error({ err: error, route: c.req.routePath }, "internal error");
    return problemResponse(c, p);
  });

  healthRoutes(app, deps);
  scenarioRoutes(app, deps);
  analysisRoutes(app, deps);
  jobRoutes(app, deps);
  marketRoutes(app, deps);
  datasetRoutes(app, deps);
  screenRoutes(app, deps);
  auditRoutes(app, deps);
  docsRoutes(app);

  app.all("/api/*", (c) =>
    problemResponse(
      c,
      problem("NOT_FOUND", `no API route ${c.req.method} ${c.req.path}; see /docs for the list`),
    ),
  );
  webRoutes(app, deps);
  return app;
}
