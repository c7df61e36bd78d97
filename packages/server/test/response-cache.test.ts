// The response cache (src/response-cache.ts) on real PostgreSQL: repeated GETs answered without a
// database round trip, and every change — this process's or another's, to any table an answer is read
// from — seen by the reads after it; answers kept per credential, after the gate.
import type { ChangeFeed } from "@chiproad/db";
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { responseCache } from "../src/response-cache.ts";
import { bearer, describeOnPostgres, handFeed, listening, twoProcesses, until } from "./changes-support.ts";
import { harness, MINIMAL_SCENARIO } from "./harness.ts";

/** A small app behind the cache: each route counts the times it really answered. */
function counted(feed: ChangeFeed) {
  const calls: Record<string, number> = {};
  const app = new Hono();
  app.use("*", async (c, next) => {
    const who = c.req.header("x-who");
    if (who) c.set("principal" as never, { via: "token", tokenId: who, userId: who } as never);
    await next();
  });
  app.use("*", responseCache(feed));
  const count = (name: string) => {
    calls[name] = (calls[name] ?? 0) + 1;
    return calls[name];
  };
  app.get("/api/n", (c) => c.json({ n: count("n"), who: c.req.header("x-who") ?? null }));
  app.get("/api/missing", (c) => c.json({ n: count("missing") }, 404));
  app.get("/api/cookie", (c) => {
    c.header("set-cookie", "a=b");
    return c.json({ n: count("cookie") });
  });
  app.get("/api/health", (c) => c.json({ n: count("health") }));
  let during: (() => void) | undefined;
  app.get("/api/slow", (c) => {
    during?.();
    return c.json({ n: count("slow") });
  });
  let release: () => void = () => {};
  let held = new Promise<void>((r) => (release = r));
  app.get("/api/held", async (c) => {
    const n = count("held");
    await held;
    return c.json({ n });
  });
  const hold = () => {
    held = new Promise<void>((r) => (release = r));
  };
  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await (await app.request(path, { headers })).json()) as { n: number; who?: string | null };
  return { get, calls, whileAnswering: (f: () => void) => (during = f), hold, release: () => release() };
}

describe("responseCache", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps nothing until the feed listens, and drops everything on a change or a loss", async () => {
    const feed = handFeed();
    const { get } = counted(feed);
    expect((await get("/api/n")).n).toBe(1);
    expect((await get("/api/n")).n).toBe(2);
    feed.say("listening");
    expect((await get("/api/n")).n).toBe(3);
    expect((await get("/api/n")).n).toBe(3);
    feed.say("changed");
    expect((await get("/api/n")).n).toBe(4);
    expect((await get("/api/n")).n).toBe(4);
    feed.say("lost");
    expect((await get("/api/n")).n).toBe(5);
    expect((await get("/api/n")).n).toBe(6);
  });

  it("does not keep an answer computed across a change", async () => {
    const feed = handFeed();
    const { get, whileAnswering } = counted(feed);
    feed.say("listening");
    whileAnswering(() => feed.say("changed"));
    expect((await get("/api/slow")).n).toBe(1);
    whileAnswering(() => {});
    expect((await get("/api/slow")).n).toBe(2);
    expect((await get("/api/slow")).n).toBe(2);
  });

  it("makes an answer once for requests that ask for it at the same time", async () => {
    const feed = handFeed();
    const { get, calls, hold, release } = counted(feed);
    feed.say("listening");
    hold();
    const asked = [get("/api/held"), get("/api/held"), get("/api/held")];
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect((await Promise.all(asked)).map((a) => a.n)).toEqual([1, 1, 1]);
    expect(calls.held).toBe(1);
    // Not shared when the answer is not kept: a change while it was made, then each asks afresh.
    feed.say("changed");
    hold();
    const again = [get("/api/held"), get("/api/held")];
    await new Promise((r) => setTimeout(r, 10));
    feed.say("changed");
    release();
    expect((await Promise.all(again)).map((a) => a.n).sort()).toEqual([2, 3]);
  });

  it("keeps an answer per credential and per URL", async () => {
    const feed = handFeed();
    const { get } = counted(feed);
    feed.say("listening");
    expect(await get("/api/n", { "x-who": "a" })).toEqual({ n: 1, who: "a" });
    expect(await get("/api/n", { "x-who": "b" })).toEqual({ n: 2, who: "b" });
    expect(await get("/api/n", { "x-who": "a" })).toEqual({ n: 1, who: "a" });
    expect(await get("/api/n")).toEqual({ n: 3, who: null });
    expect((await get("/api/n?x=1", { "x-who": "a" })).n).toBe(4);
    expect((await get("/api/n", { "x-who": "a", "accept-encoding": "gzip" })).n).toBe(5);
  });

  it("answers afresh: errors, cookies, the health check, conditional requests, and after a minute", async () => {
    const feed = handFeed();
    const { get, calls } = counted(feed);
    feed.say("listening");
    for (let i = 0; i < 2; i++) {
      await get("/api/missing");
      await get("/api/cookie");
      await get("/api/health");
    }
    expect(calls).toMatchObject({ missing: 2, cookie: 2, health: 2 });
    await get("/api/n");
    expect((await get("/api/n", { "if-none-match": '"x"' })).n).toBe(2);
    vi.useFakeTimers({ now: Date.now() + 60_001, toFake: ["Date"] });
    expect((await get("/api/n")).n).toBe(3);
  });
});

describeOnPostgres("the response cache on PostgreSQL", (url) => {
  /** The server's database, another process's on the same schema, and the queries they send. */
  const two = twoProcesses(url, "chiproad_answers");

  async function programme(app: ReturnType<typeof harness>, name: string): Promise<string> {
    const created = await app.request("POST", "/api/scenarios", { name, content: MINIMAL_SCENARIO });
    return ((await created.json()) as { id: string }).id;
  }

  it("answers repeated reads of any route without a database round trip, byte for byte", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const { headers } = await bearer(two.db, "admin");
    const id = await programme(app, "kept");
    await app.request("POST", `/api/scenarios/${id}/working-groups`, { name: "WG 1", members: [] });
    // Routes whose reads the gate's kept credential alone did not spare a round trip.
    for (const path of [
      `/api/scenarios/${id}/working-groups`,
      `/api/scenarios/${id}/versions`,
      "/api/audit?limit=5",
      "/api/datasets",
    ]) {
      const first = await app.request("GET", path, undefined, headers);
      expect(first.status, path).toBe(200);
      const body = await first.text();
      // The first read of a token marks it used, unawaited; its commit drops what was kept.
      await new Promise((r) => setTimeout(r, 50));
      await app.request("GET", path, undefined, headers);
      two.queries = 0;
      for (let i = 0; i < 5; i++) {
        const again = await app.request("GET", path, undefined, headers);
        expect(again.status).toBe(200);
        expect(await again.text()).toBe(body);
      }
      expect(two.queries, path).toBe(0);
    }
  });

  it("sees this process's change on the next read, and another process's once it is announced", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const { headers, userId } = await bearer(two.db, "admin");
    const id = await programme(app, "changes");
    const groups = async () =>
      (
        (await (
          await app.request("GET", `/api/scenarios/${id}/working-groups`, undefined, headers)
        ).json()) as { name: string }[]
      ).map((g) => g.name);
    expect(await groups()).toEqual([]);
    // This process's write: seen at once.
    await app.request("POST", `/api/scenarios/${id}/working-groups`, { name: "ours", members: [] });
    expect(await groups()).toEqual(["ours"]);
    // Another process's write to a table the gate's reads never touch (migrations/0014).
    await two.other.workingGroups.create(
      id,
      { name: "theirs", members: [] },
      { user: userId, role: "admin" },
    );
    expect(await until(groups, (names) => names.includes("theirs"))).toEqual(["ours", "theirs"]);
  });

  it("keeps answers per credential, after the gate", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const admin = await bearer(two.db, "admin");
    const viewer = await bearer(two.db, "viewer");
    const me = async (headers: Record<string, string>) =>
      ((await (await app.request("GET", "/api/auth/me", undefined, headers)).json()) as { role: string })
        .role;
    expect(await me(admin.headers)).toBe("admin");
    expect(await me(viewer.headers)).toBe("viewer");
    expect(await me(admin.headers)).toBe("admin");
    // An admin-only read kept for the admin is refused to the viewer by the gate, not answered.
    expect((await app.request("GET", "/api/audit?limit=1", undefined, admin.headers)).status).toBe(200);
    expect((await app.request("GET", "/api/audit?limit=1", undefined, viewer.headers)).status).toBe(403);
  });
});
