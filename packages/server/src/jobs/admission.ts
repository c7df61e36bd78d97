import type { Context } from "hono";
import type { SecurityConfig } from "../auth/config.ts";
import { principalOf } from "../auth/principal.ts";
import { SlidingWindow } from "../auth/rate-limit.ts";
import type { AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";

export type JobAdmission = (c: Context, params: Record<string, unknown>) => Promise<void>;

/**
 * What one user may ask of the single job runner: at most `jobsPerMinute` submissions, at most
 * `maxActiveJobs` queued or running at once, and no time limit above `maxJobTimeMs` — so nobody can
 * fill the queue or hold the runner for ten minutes.
 */
export function jobAdmission({ db }: AppDeps, config: SecurityConfig): JobAdmission {
  const submissions = new SlidingWindow(db.rateEvents, "jobs.user", config.jobsPerMinute, 60_000);
  return async (c, params) => {
    const { userId } = principalOf(c);
    const limit = params.timeLimitMs;
    if (typeof limit === "number" && limit > config.maxJobTimeMs) {
      throw requestError(
        "BAD_INPUT",
        `timeLimitMs ${limit} is above this server's cap of ${config.maxJobTimeMs} ms; ask for less`,
        { errors: [{ path: "json.timeLimitMs", message: `at most ${config.maxJobTimeMs}` }] },
      );
    }
    const wait = await submissions.retryAfter(userId);
    if (wait > 0) {
      throw requestError(
        "RATE_LIMITED",
        `more than ${config.jobsPerMinute} jobs a minute; retry in ${wait} s`,
        {
          retryAfter: wait,
        },
      );
    }
    const active = await db.jobs.activeCount(userId);
    if (active >= config.maxActiveJobs) {
      throw requestError(
        "RATE_LIMITED",
        `you have ${active} queued or running jobs (the cap is ${config.maxActiveJobs}); wait for one to finish or cancel one`,
        { retryAfter: 5 },
      );
    }
    await submissions.record(userId);
  };
}
