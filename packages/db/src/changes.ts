import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * What a subscriber hears: `listening` once the feed is in place (first, and again after a lost
 * connection is back); `changed` after a transaction that changed any table but rate_events,
 * idempotency_keys and oidc_logins committed (in any process, migrations/0013 and 0014); `lost`
 * when the feed's connection failed — changes are not heard until the next `listening`.
 */
export type ChangeEvent = "listening" | "changed" | "lost";

/**
 * PostgreSQL's change notices for this schema, heard on one dedicated connection per database handle;
 * this process's own commits are heard at once, before the committing call returns (committingClient).
 */
export interface ChangeFeed {
  /** Starts listening on the first subscriber; returns the unsubscribe function. */
  subscribe(on: (event: ChangeEvent) => void): () => void;
  close(): Promise<void>;
}

/** The feed, with what the pool's clients call after each commit of this process. */
export interface OwnChangeFeed extends ChangeFeed {
  committed(): void;
}

const CHANNEL = "chiproad_changes";
/** `application_name` of the feed's connection in pg_stat_activity: this, a space and the schema. */
export const FEED_APPLICATION_NAME = "chiproad changes";
/** A probe notice is sent this often; one not heard back by the next is a lost feed. */
const PING_EVERY_MS = 5_000;
/** Reconnection waits this long after a failure, doubling to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 10_000;

export function changeFeed(url: string, schema: string | undefined): OwnChangeFeed {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let started = false;
  let retryMs = RETRY_FIRST_MS;
  let ping: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  const emit = (event: ChangeEvent) => {
    for (const on of listeners) on(event);
  };

  const fail = (broken: pg.Client) => {
    if (broken !== client) return;
    client = undefined;
    clearInterval(ping);
    broken.removeAllListeners("notification");
    broken.on("error", () => {});
    void broken.end().catch(() => {});
    if (listening) {
      listening = false;
      emit("lost");
    }
    if (!closed) {
      retry = setTimeout(connect, retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    }
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      // Named, so an operator (and the tests) can tell it from the pool's connections.
      application_name: `${FEED_APPLICATION_NAME} ${schema ?? ""}`.trim().slice(0, 63),
      // A query must fail, not hang, on a connection that silently went away.
      query_timeout: PING_EVERY_MS,
      ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
    });
    client = next;
    next.on("error", () => fail(next));
    next.on("end", () => fail(next));
    // The feed is believed only while its own probe notices come back through PostgreSQL: that proves
    // the whole path (a half-open connection, or a pooler that hands LISTEN and NOTIFY to different
    // server connections, hears nothing and is treated as lost).
    let probe: string | undefined;
    const sendProbe = () => {
      probe = `probe ${randomUUID()}`;
      next.query("SELECT pg_notify($1, $2)", [CHANNEL, probe]).catch(() => fail(next));
    };
    const heard = () => {
      probe = undefined;
      if (listening || next !== client || closed) return;
      retryMs = RETRY_FIRST_MS;
      listening = true;
      emit("listening");
    };
    try {
      await next.connect();
      const { rows } = await next.query<{ s: string }>("SELECT current_schema() AS s");
      const own = rows[0]?.s;
      next.on("notification", (notice) => {
        if (notice.channel !== CHANNEL) return;
        if (notice.payload === own) emit("changed");
        else if (probe !== undefined && notice.payload === probe) heard();
      });
      await next.query(`LISTEN ${CHANNEL}`);
    } catch {
      fail(next);
      return;
    }
    if (next !== client || closed) return;
    sendProbe();
    ping = setInterval(() => {
      if (probe !== undefined) fail(next);
      else sendProbe();
    }, PING_EVERY_MS);
    ping.unref();
  }

  return {
    committed() {
      emit("changed");
    },
    subscribe(on) {
      listeners.add(on);
      if (listening) on("listening");
      if (!started) {
        started = true;
        void connect();
      }
      return () => listeners.delete(on);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      const last = client;
      client = undefined;
      listening = false;
      listeners.clear();
      if (last) {
        last.removeAllListeners();
        last.on("error", () => {});
        await last.end().catch(() => {});
      }
    },
  };
}

/**
 * Begins every statement pg-boss sends (src/queue.ts): its tables are its own schema's, which no API
 * answer is read from, so its polls and bookkeeping are not announced as this process's changes (a
 * poll every couple of seconds would otherwise drop every kept read). A chiproad write in the same
 * transaction is announced as always.
 */
export const QUEUE_STATEMENT = "/* pg-boss */ ";

/** Whether a statement only reads, by its first word (comments and blanks skipped); anything else may write. */
export function onlyReads(text: string): boolean {
  const word = /^(?:\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase();
  // INSERT, UPDATE, DELETE, MERGE, TRUNCATE, DDL, BEGIN/COMMIT (a string may hold a whole transaction),
  // and WITH (which may hold any of them) may write.
  return word !== undefined && READS.has(word);
}

const READS = new Set([
  "SELECT",
  "SHOW",
  "SET",
  "RESET",
  "LISTEN",
  "UNLISTEN",
  "SAVEPOINT",
  "RELEASE",
  "VALUES",
  "TABLE",
  "FETCH",
  "DECLARE",
  "CLOSE",
  "PREPARE",
  "DEALLOCATE",
  "DISCARD",
]);

type QueryArgs = unknown[];

/**
 * node-postgres' Client, telling `feed` when this process committed a write: once a statement that
 * may write has been sent and PostgreSQL then reports the connection idle (no transaction open:
 * `getTransactionStatus()` "I", from the ReadyForQuery that ends every statement) — an autocommitted
 * write, or the COMMIT of a transaction — before the caller's continuation runs, so a read that begins
 * after a write returned never reuses a read made before it.
 */
export function committingClient(feed: OwnChangeFeed): typeof pg.Client {
  return class CommittingClient extends pg.Client {
    /** A statement that may write was sent since the connection was last reported idle. */
    #wrote = false;

    // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this wraps them all.
    override query(...args: QueryArgs): any {
      const send = super.query as (...a: QueryArgs) => unknown;
      const first = args[0];
      const text = typeof first === "string" ? first : (first as { text?: unknown } | undefined)?.text;
      if (typeof text !== "string" || (!onlyReads(text) && !text.startsWith(QUEUE_STATEMENT)))
        this.#wrote = true;
      if (!this.#wrote) return send.apply(this, args);
      const after = () => {
        const status = (this as unknown as { getTransactionStatus(): string | null }).getTransactionStatus();
        if (this.#wrote && status !== "T" && status !== "E") {
          this.#wrote = false;
          feed.committed();
        }
      };
      const last = args.at(-1);
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          after();
          (last as (e: unknown, r: unknown) => void)(error, result);
        };
        return send.apply(this, args);
      }
      const answer = send.apply(this, args);
      if (typeof (answer as PromiseLike<unknown> | undefined)?.then === "function")
        (answer as PromiseLike<unknown>).then(after, after);
      return answer;
    }
  };
}
