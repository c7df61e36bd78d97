// @chiproad/server — the HTTP API (Hono + zod-openapi), durable jobs on worker threads, and `npm start`.
export { DEFAULT_SECURITY, type SecurityConfig, securityConfigFromEnv } from "./auth/config.ts";
export { ensureFirstAdmin, type FirstAdmin } from "./auth/first-admin.ts";
export { type Access, OPERATIONS, type Operation, type OperationId } from "./auth/operations.ts";
export { hashPassword } from "./auth/password.ts";
export { atLeast, type Role, ROLES } from "./auth/roles.ts";
export { createApp, JSON_LIMIT_BYTES, UPLOAD_LIMIT_BYTES } from "./app.ts";
export type { AppDeps } from "./context.ts";
export { loadExamples } from "./examples.ts";
export { JobRunner, type JobRunnerOptions } from "./jobs/runner.ts";
export { createLogger, type Logger } from "./logger.ts";
export { type ErrorCode, type Problem, problem, requestError, toProblem } from "./problem.ts";
export { type ReferenceProvider, referenceProvider } from "./reference-data.ts";
export { REPO_ROOT, type RunningServer, type StartOptions, startServer } from "./server.ts";
