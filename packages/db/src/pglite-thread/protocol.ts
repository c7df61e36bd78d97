// Messages between the HTTP thread (client.ts) and the thread that owns the embedded database
// (host.ts). Everything here crosses a MessagePort, so it is plain structured-clone data: a
// query's value parsers cannot cross, only the type ids whose text is kept as it is (see client.ts).

export type RowMode = "array" | "object";

export type Request =
  | {
      id: number;
      op: "query";
      sql: string;
      params: unknown[];
      rowMode: RowMode;
      /** Type ids whose values are returned as their text (drizzle keeps dates and intervals as text). */
      textTypes: number[];
      /** The open transaction to run in; absent for a query of its own. */
      tx?: number;
    }
  | { id: number; op: "begin" }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "close" };

export interface QueryResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** A database error's message and its PostgreSQL fields (code, detail, constraint …). */
export interface WireError {
  message: string;
  fields: Record<string, string | number>;
}

export type Reply =
  | { id: number; ok: true; result?: QueryResult; tx?: number }
  | { id: number; ok: false; error: WireError };

/** What the thread is started with. */
export interface HostData {
  /** PGlite data directory, or undefined for an in-memory database. */
  dataDir: string | undefined;
  /** PGlite's WebAssembly, compiled once per process and shared by every database thread. */
  wasmModule: WebAssembly.Module;
  /** PGlite's file-system bundle (`pglite.data`), read once per process. */
  fsBundle: ArrayBuffer;
}
