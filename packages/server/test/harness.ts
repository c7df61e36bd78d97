import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@chiproad/db";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../src/app.ts";
import type { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";

export const MINIMAL_SCENARIO = readFileSync(join(import.meta.dirname, "fixtures", "minimal.yaml"), "utf8");

export interface Harness {
  app: OpenAPIHono;
  /** Objects are sent as JSON; strings and bytes as they are. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** The app over `db`; without a `runner` jobs stay queued. */
export function harness(db: Database, runner?: JobRunner): Harness {
  const app = createApp({ db, logger: createLogger("silent"), reference: referenceProvider(db), runner });
  return {
    app,
    request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body =
          typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
        (init.headers as Record<string, string>)["content-type"] ??= "application/json";
      }
      return Promise.resolve(app.request(path, init));
    },
  };
}

export async function json<T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

/** Polls GET /api/jobs/:id until the job is finished (or `timeoutMs` passes). */
export async function waitForJob(
  h: Harness,
  jobId: string,
  timeoutMs = 90_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await json(h.request("GET", `/api/jobs/${jobId}`));
    if (["succeeded", "failed", "cancelled"].includes(String(job.status))) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${String(job.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
