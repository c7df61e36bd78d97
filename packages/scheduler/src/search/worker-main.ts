import { compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { type SearchOutcome, type SearchRequest, runSearch } from "./run-search.ts";

/** Body of a search worker; -1 in a limit stands for "no limit". */
export function workerMain(
  problem: Problem,
  request: Omit<SearchRequest, "onImprove">,
  sentAt: number,
): SearchOutcome {
  // The clock started when the parent sent the job: thread start-up counts against the limit.
  const spent = Date.now() - sentAt;
  return runSearch(compile(problem), {
    ...request,
    maxSchedules: request.maxSchedules < 0 ? Number.POSITIVE_INFINITY : request.maxSchedules,
    timeLimitMs:
      request.timeLimitMs < 0 ? Number.POSITIVE_INFINITY : Math.max(0, request.timeLimitMs - spent),
  });
}
