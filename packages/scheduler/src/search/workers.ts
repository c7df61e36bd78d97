import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Problem } from "../model.ts";
import { type SearchOutcome, type SearchRequest, runSearch } from "./run-search.ts";
import { compile } from "../compile/compiled.ts";
import { compareScores } from "./individual.ts";

type WorkerReply = { ok: true; outcome: SearchOutcome } | { ok: false; error: string };

/** Seed of search w: spread out so that islands do not share streams. */
function seedFor(seed: number, w: number): number {
  return (seed + w * 0x9e3779b1) >>> 0;
}

/**
 * Runs `workers` independent searches (islands with different seeds): workers-1 in
 * node:worker_threads plus one on this thread, and keeps the best. `solve` stays synchronous:
 * the caller blocks on Atomics.wait and reads replies with receiveMessageOnPort. Workers load
 * the TypeScript sources through a plain-JS entry that registers tsx.
 */
export function runInWorkers(
  problem: Problem,
  request: Omit<SearchRequest, "onImprove">,
  workers: number,
  onImprove?: (objective: number[], schedules: number) => void,
): SearchOutcome {
  const signal = new Int32Array(new SharedArrayBuffer(4 * workers));
  const started: { worker: Worker; port: MessageChannel["port1"] }[] = [];
  const plain = { ...request, timeLimitMs: Number.isFinite(request.timeLimitMs) ? request.timeLimitMs : -1 };
  if (!Number.isFinite(plain.maxSchedules)) plain.maxSchedules = -1;
  for (let w = 1; w < workers; w++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL("./worker-entry.js", import.meta.url), {
      workerData: {
        problem,
        request: { ...plain, seed: seedFor(request.seed, w) },
        sentAt: Date.now(),
        port: port2,
        signal,
        index: w,
      },
      transferList: [port2],
    });
    worker.unref();
    started.push({ worker, port: port1 });
  }
  const c = compile(problem);
  const own = runSearch(c, {
    ...request,
    ...(onImprove
      ? {
          onImprove: (best, n) =>
            best.score[0] === 0 ? onImprove(Array.from(best.score.slice(1)), n) : undefined,
        }
      : {}),
  });
  const outcomes: SearchOutcome[] = [own];
  // Grace period beyond the time limit for thread start-up and module loading.
  const waitMs = Number.isFinite(request.timeLimitMs)
    ? request.timeLimitMs + 60_000
    : Number.POSITIVE_INFINITY;
  started.forEach(({ worker, port }, x) => {
    const index = x + 1;
    const until = performance.now() + waitMs;
    while (Atomics.load(signal, index) === 0) {
      const left = until - performance.now();
      if (left <= 0) break;
      Atomics.wait(signal, index, 0, Number.isFinite(left) ? left : undefined);
    }
    const msg = receiveMessageOnPort(port)?.message as WorkerReply | undefined;
    void worker.terminate();
    port.close();
    if (!msg) throw new Error(`scheduler worker ${index} did not answer`);
    if (!msg.ok) throw new Error(`scheduler worker ${index} failed: ${msg.error}`);
    outcomes.push(msg.outcome);
  });
  let best: SearchOutcome["best"];
  let schedules = 0;
  for (const o of outcomes) {
    schedules += o.schedules;
    if (
      o.best &&
      (!best || compareScores(Float64Array.from(o.best.score), Float64Array.from(best.score)) < 0)
    ) {
      best = o.best;
    }
  }
  return { ...(best ? { best } : {}), schedules };
}
