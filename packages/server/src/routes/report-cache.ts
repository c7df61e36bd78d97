/**
 * Serialized reports kept in this process's memory: the same input always gives the same JSON
 * text, so it is computed once and sent as it is. Concurrent first requests share one computation;
 * a failed computation is forgotten; the oldest entry goes first once `limit` entries are held.
 */
export function reportCache(limit: number): (key: string, compute: () => Promise<string>) => Promise<string> {
  const held = new Map<string, Promise<string>>();
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
 * A response for pre-serialized JSON of a route's documented schema (`as never` only bypasses the
 * typed-JSON helper). A fresh headers object each time: @hono/node-server writes Content-Length
 * into the one it is given. Headers set with `c.header()` do not reach this response: pass them.
 */
export const jsonText = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { ...headers, "content-type": "application/json" } }) as never;
