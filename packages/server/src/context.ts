import type { Database } from "@chiproad/db";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { SecurityConfig } from "./auth/config.ts";
import type { JobAdmission } from "./jobs/admission.ts";
import type { JobRunner } from "./jobs/runner.ts";
import type { Logger } from "./logger.ts";
import type { ReferenceProvider } from "./reference-data.ts";

/** What the routes need; built once by createApp's caller (main.ts or a test). */
export interface AppDeps {
  db: Database;
  logger: Logger;
  reference: ReferenceProvider;
  /** Woken when a job is enqueued so it starts at once; absent in tests that only inspect the queue. */
  runner?: JobRunner | undefined;
  /** Built web UI (packages/web/dist); when missing a plain page says how to build it. */
  webDist?: string | undefined;
  /** Session, throttling and job limits; DEFAULT_SECURITY when absent. */
  security?: Partial<SecurityConfig> | undefined;
  /** Set by createApp: the per-user job limits every job submission passes. */
  admitJob?: JobAdmission;
}

export type Api = OpenAPIHono;
