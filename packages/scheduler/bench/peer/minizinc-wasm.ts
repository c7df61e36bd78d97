/**
 * Runs the WebAssembly build of MiniZinc (shipped in the `minizinc` npm package) inside Node.
 *
 * The package's Node entry point drives a *native* `minizinc` executable, which is not installed
 * here; its WebAssembly build is meant for browser Web Workers. The worker script only needs a
 * Web-Worker-like global scope (`addEventListener("message")`, `postMessage`) plus the CommonJS
 * globals Emscripten uses in Node (`require`, `__filename`, `__dirname`), so we give it exactly
 * that inside a `worker_threads` Worker. Each solve gets a fresh Worker (as the browser library
 * does for `solve`), so a run can be stopped hard by terminating the thread.
 *
 * The 17 MB module is compiled once per process and handed to every Worker: V8 shares the
 * compiled (and, as functions get hot, tiered-up) code between them. Without that, each solve
 * would spend its first seconds in baseline-compiled code while the optimising compiler
 * competes for the same two cores, which would handicap Chuffed unfairly.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve("minizinc/minizinc.wasm"));

const workerBootstrap = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
globalThis.addEventListener = (_type, listener) => parentPort.on("message", (data) => listener({ data }));
globalThis.postMessage = (message) => parentPort.postMessage(message);
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (source, imports) =>
  source instanceof WebAssembly.Module
    ? instantiate(source, imports)
    : { module: workerData.module, instance: await instantiate(workerData.module, imports) };
const source = readFileSync(workerData.script, "utf8");
new Function("require", "__filename", "__dirname", source)(createRequire(workerData.script), workerData.script, workerData.dir);
`;

/** One message of MiniZinc's machine-readable JSON stream (`--json-stream`), plus `exit`. */
export interface MiniZincMessage {
  type: string;
  [key: string]: unknown;
}

export interface MiniZincRun {
  exitCode: number | null;
  /** Every JSON-stream message in arrival order, each stamped with ms since the run started. */
  messages: Array<MiniZincMessage & { atMs: number }>;
  stdout: string;
  stderr: string;
  /** True when we had to terminate the worker because MiniZinc overran `hardLimitMs`. */
  killed: boolean;
  /** Wall time from handing the files to MiniZinc until it exited (excludes WebAssembly start-up). */
  wallMs: number;
}

export interface MiniZincRequest {
  /** Files by name, e.g. { "model.mzn": "...", "data.json": "..." }. */
  files: Record<string, string>;
  /** Command-line arguments, e.g. ["--solver", "chuffed", "model.mzn", "data.json"]. */
  args: string[];
  /** Wall-clock guard: the worker is terminated after this many ms. */
  hardLimitMs: number;
  jsonStream?: boolean;
}

let compiled: Promise<WebAssembly.Module> | undefined;

/** The MiniZinc WebAssembly module, compiled on first use and reused by every run in this process. */
export function miniZincModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(readFileSync(join(distDir, "minizinc.wasm")));
  return compiled;
}

/** Starts a fresh MiniZinc WebAssembly instance, runs one command, and tears the instance down. */
export async function runMiniZinc(request: MiniZincRequest): Promise<MiniZincRun> {
  const script = join(distDir, "minizinc-worker.js");
  const module = await miniZincModule();
  const worker = new Worker(workerBootstrap, {
    eval: true,
    workerData: { script, dir: `${distDir}/`, module },
  });
  const messages: MiniZincRun["messages"] = [];
  let started = 0;
  let settled = false;
  return new Promise<MiniZincRun>((resolve, reject) => {
    let guard: NodeJS.Timeout | undefined;
    const finish = (run: Omit<MiniZincRun, "messages" | "wallMs">): void => {
      if (settled) return;
      settled = true;
      if (guard) clearTimeout(guard);
      void worker.terminate();
      resolve({ ...run, messages, wallMs: started === 0 ? 0 : performance.now() - started });
    };
    worker.on("error", (error) => {
      if (!settled) {
        settled = true;
        if (guard) clearTimeout(guard);
        void worker.terminate();
        reject(error);
      }
    });
    worker.on("message", (message: MiniZincMessage) => {
      if (message.type === "ready") {
        if (started !== 0) return;
        started = performance.now();
        guard = setTimeout(
          () => finish({ exitCode: null, stdout: "", stderr: "", killed: true }),
          request.hardLimitMs,
        );
        worker.postMessage({
          jsonStream: request.jsonStream ?? true,
          files: request.files,
          args: request.args,
        });
        return;
      }
      if (message.type === "exit") {
        finish({
          exitCode: typeof message.code === "number" ? message.code : null,
          stdout: typeof message.stdout === "string" ? message.stdout : "",
          stderr: typeof message.stderr === "string" ? message.stderr : "",
          killed: false,
        });
        return;
      }
      messages.push({ ...message, atMs: performance.now() - started });
    });
    worker.postMessage({ wasmURL: join(distDir, "minizinc.wasm"), dataURL: join(distDir, "minizinc.data") });
  });
}
