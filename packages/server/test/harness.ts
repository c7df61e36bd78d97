import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@chiproad/db";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";

export const MINIMAL_SCENARIO = readFileSync(join(import.meta.dirname, "fixtures", "minimal.yaml"), "utf8");

export interface Harness {
  app: OpenAPIHono;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** The app over `db`, without a job runner (jobs stay queued unless a test runs one). */
export function harness(db: Database): Harness {
  const app = createApp({ db, logger: createLogger("silent"), reference: referenceProvider(db) });
  return {
    app,
    request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === "string" ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)["content-type"] ??= "application/json";
      }
      return Promise.resolve(app.request(path, init));
    },
  };
}
