import type { ChangeFeed } from "@chiproad/db";
import type { Context, MiddlewareHandler, Next } from "hono";
import type { Principal } from "./auth/principal.ts";

/** Kept responses at most this many bytes of body in all; the oldest kept goes first. */
const CAPACITY_BYTES = 64 * 1024 * 1024;
/** A body larger than this is not kept (a document download, say). */
const LARGEST_BYTES = 4 * 1024 * 1024;
/**
 * The longest a kept response is reused even when nothing changed: what an answer derives from the
 * date (an obligation falling due, an alert's age) is at most this old.
 */
const MAX_AGE_MS = 60_000;

/** GET routes never kept: live state that is not in the database, or not a JSON document read. */
const LIVE = [
  /^\/api\/health$/, // whether this process and its database answer now
  /^\/api\/jobs\/[^/]+\/events$/, // a stream
  /^\/api\/auth\/oidc\//, // redirects with one-time state
];

/** Request headers an answer may vary by, beside the credential and the URL. */
const VARIES_BY = ["accept-encoding", "accept", "accept-language"];

interface Kept {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  at: number;
}

/**
 * Whole GET answers kept between requests while PostgreSQL's change feed listens and has announced no
 * change (`@chiproad/db` ChangeFeed: a committed change to any table an answer is read from, in any
 * process — migrations 0013 and 0014). It runs after the gate, so a request is authenticated and
 * authorized (its role, its access to the programme) before anything kept is sent; an answer is kept
 * per credential (the session or token, not only the account), URL and the headers in VARIES_BY, and
 * only when it is a 200 that sets no cookie and says nothing against being stored.
 *
 * Everything is dropped on every notice and when the feed is lost, as the gate's kept reads are
 * (./read-cache.ts): this process's own commits are heard before the committing call returns, and an
 * answer computed across a notice is not kept, so a read that begins after a write of this process
 * returned sees it; another process's commit is heard within PostgreSQL's notice delivery. Without a
 * feed (the embedded database) nothing is kept. Conditional and range requests are always answered
 * afresh. Requests for an answer that another request is making wait for it (after a change, 100
 * readers of the same page make it once, not 100 times).
 */
export function responseCache(feed: ChangeFeed | undefined): MiddlewareHandler {
  if (!feed) return (_c, next) => next();
  const kept = new Map<string, Kept>();
  /** Answers being made now, by key: concurrent requests for the same one wait for it. */
  const underway = new Map<string, Promise<Kept | undefined>>();
  let bytes = 0;
  let generation = 0;
  let live = false;
  feed.subscribe((event) => {
    generation++;
    kept.clear();
    bytes = 0;
    live = event !== "lost";
  });
  const forget = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    kept.delete(key);
    bytes -= entry.body.byteLength;
  };

  return async (c, next) => {
    if (c.req.method !== "GET" || LIVE.some((re) => re.test(c.req.path))) return next();
    if (["if-none-match", "if-modified-since", "range"].some((h) => c.req.header(h) !== undefined))
      return next();
    const key = keyOf(c);
    const hit = live ? kept.get(key) : undefined;
    if (hit && Date.now() - hit.at <= MAX_AGE_MS) return answer(hit);
    if (hit) forget(key);
    // The same answer being made for another request: wait for it, and send it if it is kept (it was
    // begun before this request and nothing changed since, or it would not be kept).
    const making = live ? underway.get(key) : undefined;
    if (making) {
      const shared = await making;
      if (shared) return answer(shared);
      return next();
    }
    let done: (value: Kept | undefined) => void = () => {};
    underway.set(
      key,
      new Promise((resolve) => {
        done = resolve;
      }),
    );
    try {
      done(await make(c, next, key));
    } finally {
      done(undefined);
      underway.delete(key);
    }
  };

  /** Runs the route and keeps its answer when it may be kept; returns what was kept. */
  async function make(c: Context, next: Next, key: string): Promise<Kept | undefined> {
    const before = generation;
    await next();
    const res = c.res;
    if (
      !live ||
      generation !== before ||
      res.status !== 200 ||
      res.headers.has("set-cookie") ||
      /no-store/i.test(res.headers.get("cache-control") ?? "") ||
      /event-stream/i.test(res.headers.get("content-type") ?? "")
    )
      return undefined;
    const body = new Uint8Array(await res.arrayBuffer());
    // The body was read: the answer sent is rebuilt from it.
    c.res = new Response(body, { status: res.status, headers: res.headers });
    if (body.byteLength > LARGEST_BYTES || generation !== before) return undefined;
    forget(key);
    while (bytes + body.byteLength > CAPACITY_BYTES && kept.size > 0) {
      forget(kept.keys().next().value as string);
    }
    const entry: Kept = { status: res.status, headers: [...res.headers], body, at: Date.now() };
    kept.set(key, entry);
    bytes += body.byteLength;
    return entry;
  }
}

/** A kept answer, sent again. A fresh Headers each time: the node adapter writes Content-Length into it. */
function answer(entry: Kept): Response {
  return new Response(entry.body, { status: entry.status, headers: entry.headers });
}

/** The credential, the path and query, and the headers an answer may vary by. */
function keyOf(c: Context): string {
  return [
    credentialOf(c.get("principal") as Principal | undefined),
    c.req.url.slice(c.req.url.indexOf("/", c.req.url.indexOf("//") + 2)),
    ...VARIES_BY.map((h) => c.req.header(h) ?? ""),
  ].join("\n");
}

/** Who an answer was made for: the session or token itself, or the account a proxy named, or nobody. */
function credentialOf(principal: Principal | undefined): string {
  if (!principal) return "-";
  return `${principal.via} ${principal.tokenId ?? principal.sessionHash ?? principal.userId}`;
}
