import { describe, expect, it } from "vitest";
import { ReadCache } from "../src/read-cache.ts";
import { bearer, describeOnPostgres, handFeed, listening, twoProcesses, until } from "./changes-support.ts";
import { harness, MINIMAL_SCENARIO } from "./harness.ts";

describe("ReadCache", () => {
  it("keeps nothing until the feed listens, and nothing once it is lost", async () => {
    const feed = handFeed();
    const cache = new ReadCache<string>(feed);
    await cache.load("k", async () => "v");
    expect(cache.get("k")).toBeUndefined();
    feed.say("listening");
    await cache.load("k", async () => "v");
    expect(cache.get("k")).toBe("v");
    feed.say("lost");
    expect(cache.get("k")).toBeUndefined();
    await cache.load("k", async () => "v");
    expect(cache.get("k")).toBeUndefined();
    feed.say("listening");
    expect(cache.get("k")).toBeUndefined();
  });

  it("drops everything on a change, and does not keep a read that was under way across one", async () => {
    const feed = handFeed();
    const cache = new ReadCache<string>(feed);
    feed.say("listening");
    await cache.load("a", async () => "1");
    feed.say("changed");
    expect(cache.get("a")).toBeUndefined();
    let finish: (v: string) => void = () => {};
    const pending = cache.load("b", () => new Promise<string>((r) => (finish = r)));
    feed.say("changed");
    finish("stale");
    expect(await pending).toBe("stale");
    expect(cache.get("b")).toBeUndefined();
    // Nothing found is never kept.
    await cache.load("c", async () => undefined);
    expect(cache.get("c")).toBeUndefined();
  });

  it("drops the oldest entry beyond its capacity", async () => {
    const feed = handFeed();
    const cache = new ReadCache<number>(feed);
    feed.say("listening");
    for (let i = 0; i <= 10_000; i++) await cache.load(`k${i}`, async () => i);
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.get("k1")).toBe(1);
    expect(cache.get("k10000")).toBe(10_000);
  });
});

describeOnPostgres("the gate's reads on PostgreSQL", (url) => {
  /** The server's database, another process's on the same schema, and the queries they send. */
  const two = twoProcesses(url, "chiproad_reads");

  it("answers a repeated read without a database round trip", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const { headers } = await bearer(two.db, "admin");
    const created = await app.request("POST", "/api/scenarios", { name: "r", content: MINIMAL_SCENARIO });
    const { id } = (await created.json()) as { id: string };
    const path = `/api/scenarios/${id}/gaps`;
    expect((await app.request("GET", path, undefined, headers)).status).toBe(200);
    two.queries = 0;
    for (let i = 0; i < 10; i++)
      expect((await app.request("GET", path, undefined, headers)).status).toBe(200);
    // Each read asked the database for its credential before (bench/round-trips.ts: 1 per read).
    expect(two.queries).toBeLessThan(5);
  });

  it("sees a revocation by this process on the very next read, and by another once it is announced", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const own = await bearer(two.db, "admin");
    expect((await app.request("GET", "/api/scenarios", undefined, own.headers)).status).toBe(200);
    await two.db.tokens.revoke(own.id, undefined, { user: own.userId, role: "admin" });
    expect((await app.request("GET", "/api/scenarios", undefined, own.headers)).status).toBe(401);

    const theirs = await bearer(two.db, "admin");
    expect((await app.request("GET", "/api/scenarios", undefined, theirs.headers)).status).toBe(200);
    await two.other.tokens.revoke(theirs.id, undefined, { user: theirs.userId, role: "admin" });
    // A write never reuses a read: refused at once.
    const write = await app.request("POST", "/api/validate", { content: "x" }, theirs.headers);
    expect(write.status).toBe(401);
    const read = await until(
      async () => (await app.request("GET", "/api/scenarios", undefined, theirs.headers)).status,
      (status) => status === 401,
    );
    expect(read).toBe(401);
  });

  it("sees a save by another process once it is announced, and its own save on the next read", async () => {
    const app = harness(two.db, undefined, { as: "admin" });
    await listening(two.db);
    const { headers, userId } = await bearer(two.db, "admin");
    const created = await app.request("POST", "/api/scenarios", { name: "s", content: MINIMAL_SCENARIO });
    const { id } = (await created.json()) as { id: string };
    const etag = async () =>
      (await app.request("GET", `/api/scenarios/${id}`, undefined, headers)).headers.get("etag");
    expect(await etag()).toBe('"1"');
    const saved = await app.request(
      "PUT",
      `/api/scenarios/${id}`,
      { content: MINIMAL_SCENARIO },
      {
        ...headers,
        "if-match": '"1"',
      },
    );
    expect(saved.status).toBe(200);
    expect(await etag()).toBe('"2"');
    const record = await two.db.scenarios.get(id);
    await two.other.scenarios.update(
      id,
      { content: MINIMAL_SCENARIO, format: "yaml", parsed: record?.parsed, country: record?.country ?? null },
      2,
      { user: userId, role: "admin" },
    );
    expect(await until(etag, (tag) => tag === '"3"')).toBe('"3"');
    // The programme list too: this process's new programme at once, another's once announced.
    const names = async () =>
      (
        (await (await app.request("GET", "/api/scenarios", undefined, headers)).json()) as { name: string }[]
      ).map((s) => s.name);
    expect(await names()).toContain("s");
    await app.request("POST", "/api/scenarios", { name: "mine", content: MINIMAL_SCENARIO });
    expect(await names()).toContain("mine");
    await two.other.scenarios.create(
      { name: "theirs", content: MINIMAL_SCENARIO, format: "yaml", parsed: record?.parsed },
      { user: userId, role: "admin" },
    );
    expect(await until(names, (n) => n.includes("theirs"))).toContain("theirs");
  });

  it("sees an account disabled by another process on a session's next reads", async () => {
    const app = harness(two.db, undefined, { as: "viewer" });
    await listening(two.db);
    expect((await app.request("GET", "/api/scenarios")).status).toBe(200);
    const id = (await app.userId()) as string;
    await two.other.users.update(id, { disabled: true }, { user: id, role: "admin" });
    const status = await until(
      async () => (await app.request("GET", "/api/scenarios")).status,
      (s) => s === 401,
    );
    expect(status).toBe(401);
  });
});
