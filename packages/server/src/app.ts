import { ChiproadError } from "@chiproad/data";
import { DOCUMENT_MAX_BYTES } from "@chiproad/db";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { DEFAULT_SECURITY } from "./auth/config.ts";
import { gate } from "./auth/gate.ts";
import { responseCache } from "./response-cache.ts";
import { idempotencyKeys } from "./auth/idempotency.ts";
import type { AppDeps } from "./context.ts";
import { docsRoutes } from "./docs.ts";
import { jsonBodyGuard, urlGuard } from "./edge/input-guard.ts";
import { securityHeaders } from "./edge/security-headers.ts";
import { jobAdmission } from "./jobs/admission.ts";
import { problem, problemResponse, toProblem } from "./problem.ts";
import { alertRoutes } from "./routes/alerts.ts";
import { agreementRoutes } from "./routes/agreements.ts";
import { analysisRoutes } from "./routes/analysis.ts";
import { baselineRoutes } from "./routes/baselines.ts";
import { briefRoutes } from "./routes/brief.ts";
import { sweepRoutes } from "./routes/sweeps.ts";
import { auditRoutes } from "./routes/audit.ts";
import { authRoutes } from "./routes/auth.ts";
import { datasetRoutes } from "./routes/datasets.ts";
import { healthRoutes } from "./routes/health.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { marketRoutes } from "./routes/market.ts";
import { oidcRoutes } from "./routes/oidc.ts";
import { programmeMemberRoutes } from "./routes/programme-members.ts";
import { scenarioRoutes } from "./routes/scenarios.ts";
import { screenRoutes } from "./routes/screen.ts";
import { userRoutes } from "./routes/users.ts";
import { workingGroupRoutes } from "./routes/working-groups.ts";
import { webRoutes } from "./web.ts";

export const JSON_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
/** Agreement documents (raw bodies up to the storage layer's DOCUMENT_MAX_BYTES). */
const DOCUMENT_UPLOAD_PATH = /^\/api\/scenarios\/[^/]+\/agreements\/[^/]+\/documents\/?$/;

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
export function createApp(appDeps: AppDeps): OpenAPIHono {
  const security = { ...DEFAULT_SECURITY, ...appDeps.security };
  const deps: AppDeps = { ...appDeps, admitJob: jobAdmission(appDeps, security) };
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

  app.use("*", securityHeaders());
  app.use("*", urlGuard());
  // Who is asking and may they: before any body is read.
  app.use("/api/*", gate(deps.db, security, deps.logger));
  const uploadLimit = limit(UPLOAD_LIMIT_BYTES);
  const jsonLimit = limit(JSON_LIMIT_BYTES);
  const documentLimit = limit(DOCUMENT_MAX_BYTES);
  // A GET or HEAD has no body: one that announces a body is refused (the body would be ignored),
  // and the others skip the body limit, which would have the node adapter build a full Request.
  app.use("/api/*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD")
      return c.req.path.startsWith("/api/datasets/")
        ? uploadLimit(c, next)
        : DOCUMENT_UPLOAD_PATH.test(c.req.path)
          ? documentLimit(c, next)
          : jsonLimit(c, next);
    const length = c.req.header("content-length");
    if ((length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined)
      return problemResponse(
        c,
        problem(
          "BAD_INPUT",
          `a ${c.req.method} request carries no body: send its parameters in the query string`,
          400,
        ),
      );
    return next();
  });
  // After the gate: only an authorized request reaches a kept answer.
  app.use("/api/*", responseCache(deps.db.changes));
  app.use("/api/*", jsonBodyGuard());
  app.use("/api/*", idempotencyKeys(deps.db));

  app.onError((error, c) => {
    if (error instanceof ChiproadError && error.retryAfter !== undefined)
      c.header("Retry-After", String(error.retryAfter));
    const p = toProblem(error);
    if (p.code === "INTERNAL") deps.logger.error({ err: error, route: c.req.routePath }, "internal error");
    return problemResponse(c, p);
  });

  healthRoutes(app, deps);
  authRoutes(app, deps, security);
  oidcRoutes(app, deps, security);
  userRoutes(app, deps);
  scenarioRoutes(app, deps);
  analysisRoutes(app, deps);
  briefRoutes(app, deps);
  baselineRoutes(app, deps);
  sweepRoutes(app, deps);
  jobRoutes(app, deps);
  programmeMemberRoutes(app, deps);
  marketRoutes(app, deps);
  datasetRoutes(app, deps);
  screenRoutes(app, deps);
  alertRoutes(app, deps);
  agreementRoutes(app, deps);
  workingGroupRoutes(app, deps);
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
