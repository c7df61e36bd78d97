import { gzipSync } from "node:zlib";
import type { Context } from "hono";
import Negotiator from "negotiator";

/** Bodies shorter than this (≈ 1 KB) are sent as they are: compressing them saves too little. */
const COMPRESS_FROM_CHARS = 1024;
const ENCODINGS = ["gzip", "identity"];

/**
 * A body sent many times as it is (a serialized report, a printed brief). Its gzip form is made the
 * first time a client that accepts gzip asks for it and then kept with it, so it is compressed once,
 * not per request.
 */
export class KeptBody<T extends string | Uint8Array<ArrayBuffer> = string | Uint8Array<ArrayBuffer>> {
  #gzip: Uint8Array<ArrayBuffer> | undefined;
  constructor(readonly raw: T) {}
  get size(): number {
    return typeof this.raw === "string" ? this.raw.length : this.raw.byteLength;
  }
  get gzip(): Uint8Array<ArrayBuffer> {
    this.#gzip ??= new Uint8Array(gzipSync(this.raw));
    return this.#gzip;
  }
}

/** A serialized JSON answer (`KeptBody` of its text). */
export class JsonBody extends KeptBody<string> {
  get text(): string {
    return this.raw;
  }
}

/**
 * Values computed once per key and kept in this process's memory: concurrent first requests share one
 * computation; a failed computation is forgotten; the oldest entry goes first once `limit` are held.
 */
export function onceEach<T>(limit: number): (key: string, compute: () => Promise<T>) => Promise<T> {
  const held = new Map<string, Promise<T>>();
  return (key, compute) => {
    let hit = held.get(key);
    if (!hit) {
      hit = compute();
      hit.catch(() => held.delete(key));
      if (held.size >= limit) held.delete(held.keys().next().value as string);
      held.set(key, hit);
    }
    return hit;
  };
}

/**
 * Serialized reports kept in this process's memory: the same input always gives the same JSON
 * text, so it is computed once and sent as it is (`onceEach`).
 */
export function reportCache(
  limit: number,
): (key: string, compute: () => Promise<string>) => Promise<JsonBody> {
  const held = onceEach<JsonBody>(limit);
  return (key, compute) => held(key, () => compute().then((text) => new JsonBody(text)));
}

/** Whether the request's Accept-Encoding prefers gzip to no encoding (RFC 9110 §12.5.3, q-values). */
export function prefersGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encoding(ENCODINGS) === "gzip";
}

/**
 * A 200 response with a kept body (`as never` only bypasses the typed-JSON helper), gzip-compressed
 * when the client accepts it and the body is worth it. A fresh headers object each time:
 * @hono/node-server writes Content-Length into the one it is given. Headers set with `c.header()` do
 * not reach this response: pass them (with content-type).
 */
export function keptResponse(c: Context, body: KeptBody, headers: Record<string, string>) {
  const out: Record<string, string> = { ...headers };
  if (body.size >= COMPRESS_FROM_CHARS) {
    out.vary = "Accept-Encoding";
    if (prefersGzip(c.req.header("accept-encoding"))) {
      out["content-encoding"] = "gzip";
      return new Response(body.gzip, { status: 200, headers: out }) as never;
    }
  }
  return new Response(body.raw, { status: 200, headers: out }) as never;
}

/** `keptResponse` for pre-serialized JSON of a route's documented schema. */
export function jsonText(c: Context, body: JsonBody, headers: Record<string, string> = {}) {
  return keptResponse(c, body, { ...headers, "content-type": "application/json" });
}
