// Reports (capability gaps, partner fit) are computed once per input and stored: another server
// process — here a second app over the same database, with an empty memory — serves the stored
// report; a new scenario version, other weights or an import change the key.
import { type Database, schema } from "@chiproad/db";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { harness, MINIMAL_SCENARIO } from "./harness.ts";

forEachBackend("stored reports", (db: () => Database) => {
  it("computes a report once, stores it, and serves it to another process from storage", async () => {
    const first = harness(db());
    const created = await first.request("POST", "/api/scenarios", { name: "r", content: MINIMAL_SCENARIO });
    const { id } = (await created.json()) as { id: string };
    const gaps = await first.request("GET", `/api/scenarios/${id}/gaps`);
    expect(gaps.status).toBe(200);
    const body = await gaps.text();
    const rows = await db().drizzle.select().from(schema.reports).where(eq(schema.reports.scenarioId, id));
    expect(rows.map((r) => [r.kind, r.body])).toEqual([["gaps", body]]);
    expect(rows[0]!.key).toMatch(
      new RegExp(`^gaps\\|${id}@1\\|t(null|\\d+)\\|e(null|\\d+)\\|c[0-9a-f]{16}$`),
    );

    // Another process (fresh memory) answers from storage: a marked stored body comes back as stored.
    const marked = body.replace(/^\{/, '{"storedMarker":true,');
    await db()
      .drizzle.update(schema.reports)
      .set({ body: marked })
      .where(eq(schema.reports.key, rows[0]!.key));
    const second = harness(db());
    expect(await (await second.request("GET", `/api/scenarios/${id}/gaps`)).text()).toBe(marked);

    // Other weights, and a new version, are other inputs: computed and stored under their own keys.
    expect((await second.request("GET", `/api/scenarios/${id}/partners?weights=cost=2`)).status).toBe(200);
    expect((await second.request("GET", `/api/scenarios/${id}/partners`)).status).toBe(200);
    const saved = await second.request(
      "PUT",
      `/api/scenarios/${id}`,
      { content: MINIMAL_SCENARIO.replace("name:", "name: v2 ") },
      { "if-match": '"1"' },
    );
    expect(saved.status).toBe(200);
    const fresh = await (await second.request("GET", `/api/scenarios/${id}/gaps`)).text();
    expect(fresh).not.toContain("storedMarker");
    const keys = (await db().drizzle.select().from(schema.reports).where(eq(schema.reports.scenarioId, id)))
      .map((r) => r.key.replace(id, "ID").replace(/\|c[0-9a-f]+/, ""))
      .sort();
    expect(keys).toEqual([
      'fit|ID@1|tnull|enull|[["cost",2]]',
      "fit|ID@1|tnull|enull|[]",
      "gaps|ID@1|tnull|enull",
      "gaps|ID@2|tnull|enull",
    ]);
  });
});
