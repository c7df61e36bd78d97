// The thread that owns the embedded database: it opens PGlite and answers the requests of
// client.ts, one port, in arrival order. PGlite serializes queries and transactions itself, so a
// query of its own waits while a transaction is open, exactly as it would on the HTTP thread.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { HostData, Reply, Request, WireError } from "./protocol.ts";

const port = parentPort;
if (!port) throw new Error("pglite-thread/host.ts runs only as a worker thread");
const { dataDir, wasmModule, fsBundle } = workerData as HostData;
// Compiled and read once by the process (client.ts): a thread compiling PGlite itself doubled the
// CPU of opening a database.
const assets = { wasmModule, fsBundle: new Blob([fsBundle]) };
const db = dataDir === undefined ? new PGlite(assets) : new PGlite(dataDir, assets);

interface Open {
  tx: Transaction;
  /** Ends the transaction: commit, or roll back; `replyTo` is the end request's id. */
  finish(end: { commit: boolean; replyTo: number }): void;
}
const open = new Map<number, Open>();
let nextTx = 1;
const ROLLBACK = Symbol("rollback");

function wireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === "string" || typeof value === "number") fields[key] = value;
  }
  return { message: error.message, fields };
}

const send = (reply: Reply) => port.postMessage(reply);
const fail = (id: number, error: unknown) => send({ id, ok: false, error: wireError(error) });

async function query(request: Extract<Request, { op: "query" }>): Promise<void> {
  const runner = request.tx === undefined ? db : open.get(request.tx)?.tx;
  if (!runner) throw new Error(`transaction ${request.tx} is not open`);
  const parsers = Object.fromEntries(request.textTypes.map((type) => [type, (text: string) => text]));
  const result = await runner.query(request.sql, request.params, { rowMode: request.rowMode, parsers });
  send({
    id: request.id,
    ok: true,
    result: {
      rows: result.rows,
      fields: result.fields,
      ...(result.affectedRows === undefined ? {} : { affectedRows: result.affectedRows }),
    },
  });
}

function begin(id: number): void {
  const txId = nextTx++;
  let replyTo = -1;
  db.transaction(async (tx) => {
    const end = await new Promise<{ commit: boolean; replyTo: number }>((finish) => {
      open.set(txId, { tx, finish });
      send({ id, ok: true, tx: txId });
    });
    open.delete(txId);
    replyTo = end.replyTo;
    if (!end.commit) throw ROLLBACK;
  }).then(
    () => send({ id: replyTo, ok: true }),
    (error: unknown) => {
      open.delete(txId);
      // Not begun: the begin request gets the error; else the end request does.
      if (replyTo < 0) fail(id, error);
      else if (error === ROLLBACK) send({ id: replyTo, ok: true });
      else fail(replyTo, error);
    },
  );
}

port.on("message", (request: Request) => {
  switch (request.op) {
    case "query":
      query(request).catch((error: unknown) => fail(request.id, error));
      return;
    case "begin":
      begin(request.id);
      return;
    case "end": {
      const tx = open.get(request.tx);
      if (tx) tx.finish({ commit: request.commit, replyTo: request.id });
      else fail(request.id, new Error(`transaction ${request.tx} is not open`));
      return;
    }
    case "close":
      db.close().then(
        () => {
          send({ id: request.id, ok: true });
          port.close();
        },
        (error: unknown) => fail(request.id, error),
      );
      return;
  }
});

db.waitReady.then(
  () => send({ id: 0, ok: true }),
  (error: unknown) => fail(0, error),
);
