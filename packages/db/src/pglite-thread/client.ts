// The embedded database on a thread of its own. PGlite executes every query synchronously in the
// thread that calls it (WebAssembly), so on the HTTP thread a busy database lengthened every turn
// of the event loop: under 100 clients new connections waited seconds to be accepted (issue 15).
// `PgliteThread` starts host.ts in a worker thread and offers the part of PGlite's interface that
// Drizzle's PGlite driver uses — `query` and `transaction` — over a MessagePort.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { HostData, QueryResult, Reply, Request, RowMode, WireError } from "./protocol.ts";

/** A request before it is numbered. */
type Unnumbered = WithoutId<Request>;
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

type Pending = { resolve(reply: Extract<Reply, { ok: true }>): void; reject(error: Error): void };

export interface QueryOptions {
  rowMode?: RowMode;
  parsers?: Record<number, (text: string, type: number) => unknown>;
}

/** A query runner: the database itself, or one open transaction. */
export interface ThreadQueryable {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult>;
}

/** A PostgreSQL error from the thread, with its fields (code, detail, constraint …) as own properties. */
function toError(wire: WireError): Error {
  return Object.assign(new Error(wire.message), wire.fields);
}

const SAMPLE = "2001-02-03 04:05:06.789+00";
const checked = new WeakMap<object, number[]>();

/**
 * The type ids whose parser keeps the text as it is. A parser is a function and cannot cross to
 * the thread, so any other parser is refused rather than silently not applied.
 */
function textTypes(parsers: QueryOptions["parsers"]): number[] {
  if (!parsers) return [];
  const known = checked.get(parsers);
  if (known) return known;
  const types = Object.entries(parsers).map(([key, parse]) => {
    const type = Number(key);
    if (parse(SAMPLE, type) !== SAMPLE)
      throw new Error(`the embedded database's thread cannot apply a value parser for type ${type}`);
    return type;
  });
  checked.set(parsers, types);
  return types;
}

/** PGlite's WebAssembly and file-system bundle, beside its entry point. */
function pgliteFile(name: string): string {
  return fileURLToPath(new URL(name, import.meta.resolve("@electric-sql/pglite")));
}

let assets: Promise<Pick<HostData, "wasmModule" | "fsBundle">> | undefined;

/** Compiles PGlite's WebAssembly once per process; every database thread is given the module. */
function pgliteAssets(): Promise<Pick<HostData, "wasmModule" | "fsBundle">> {
  assets ??= Promise.all([
    readFile(pgliteFile("pglite.wasm")).then((bytes) => WebAssembly.compile(bytes)),
    readFile(pgliteFile("pglite.data")),
  ]).then(([wasmModule, data]) => ({
    wasmModule,
    fsBundle: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  }));
  assets.catch(() => {
    assets = undefined;
  });
  return assets;
}

export class PgliteThread implements ThreadQueryable {
  /** Resolves once the database is open (and its directory initialised). */
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    this.worker.unref();
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
      this.worker.ref();
    });
    this.worker.on("message", (reply: Reply) => this.settle(reply));
    this.worker.on("error", (error) => this.stop(error));
    this.worker.on("exit", (code) =>
      this.stop(new Error(`the embedded database's thread exited (code ${code})`)),
    );
  }

  /** Starts the thread that opens the database in `dataDir` (in memory when undefined). */
  static async start(dataDir: string | undefined): Promise<PgliteThread> {
    const workerData: HostData = { dataDir, ...(await pgliteAssets()) };
    // No inherited execArgv: the entry loads its own TypeScript, and a parent's flags (`--input-type`
    // of `node -e`, for one) can stop a worker from starting.
    return new PgliteThread(
      new Worker(new URL("./entry.mjs", import.meta.url), { workerData, execArgv: [] }),
    );
  }

  query(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number): Promise<QueryResult> {
    const request = {
      op: "query" as const,
      sql,
      params,
      rowMode: options.rowMode ?? "object",
      textTypes: textTypes(options.parsers),
      ...(tx === undefined ? {} : { tx }),
    };
    return this.call(request).then((reply) => reply.result as QueryResult);
  }

  /** Runs `callback` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(callback: (tx: ThreadQueryable) => Promise<T>): Promise<T> {
    const begun = await this.call({ op: "begin" });
    const id = begun.tx as number;
    const tx: ThreadQueryable = { query: (sql, params, options) => this.query(sql, params, options, id) };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      await this.call({ op: "end", tx: id, commit: false });
      throw error;
    }
    await this.call({ op: "end", tx: id, commit: true });
    return result;
  }

  /** Closes the database (flushing it to its directory) and ends the thread. */
  async close(): Promise<void> {
    try {
      if (!this.failure) await this.call({ op: "close" });
    } finally {
      await this.worker.terminate();
    }
  }

  private call(request: Unnumbered): Promise<Extract<Reply, { ok: true }>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Extract<Reply, { ok: true }>>((resolve, reject) => {
      // The thread is unreferenced while idle, so an idle database never keeps a process alive.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) waiting.resolve(reply);
    else waiting.reject(toError(reply.error));
  }

  private stop(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}
