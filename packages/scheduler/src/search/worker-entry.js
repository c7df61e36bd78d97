// Plain JavaScript so node:worker_threads can start it without a TypeScript loader; it registers
// tsx, then runs one search from the TypeScript sources and signals the waiting parent.
import { workerData } from "node:worker_threads";

const { problem, request, sentAt, port, signal, index } = workerData;
try {
  const { register } = await import("tsx/esm/api");
  register();
  const { workerMain } = await import("./worker-main.ts");
  port.postMessage({ ok: true, outcome: workerMain(problem, request, sentAt) });
} catch (error) {
  port.postMessage({ ok: false, error: String(error instanceof Error ? error.stack : error) });
} finally {
  Atomics.store(signal, index, 1);
  Atomics.notify(signal, index);
}
