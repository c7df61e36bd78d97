import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteThread } from "../src/pglite-thread/client.ts";

const CLIENT = join(import.meta.dirname, "..", "src", "pglite-thread", "client.ts");

/** Runs a module script in a child Node process with tsx; resolves with its exit code and output. */
function runChild(script: string): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve({ code, out, ms: Date.now() - started })),
  );
}

describe("the embedded database on its own thread", () => {
  let db: PgliteThread;
  beforeAll(async () => {
    db = await PgliteThread.start(undefined);
    await db.waitReady;
    await db.query("CREATE TABLE t (id int PRIMARY KEY, at timestamptz, note text)");
  });
  afterAll(() => db.close());

  it("returns rows in object and array mode, with text kept for the types the caller asks", async () => {
    await db.query("INSERT INTO t VALUES ($1, $2, $3)", [1, "2001-02-03 04:05:06+00", "a"]);
    const objects = await db.query("SELECT id, note FROM t WHERE id = $1", [1]);
    expect(objects.rows).toEqual([{ id: 1, note: "a" }]);
    expect(objects.fields.map((f) => f.name)).toEqual(["id", "note"]);
    const arrays = await db.query("SELECT id, at FROM t", [], {
      rowMode: "array",
      parsers: { 1184: (text: string) => text },
    });
    expect(arrays.rows).toEqual([[1, "2001-02-03 04:05:06+00"]]);
    const parsed = await db.query("SELECT at FROM t");
    expect((parsed.rows[0] as { at: unknown }).at).toBeInstanceOf(Date);
  });

  it("refuses a value parser it cannot apply on the thread, rather than ignoring it", async () => {
    expect(() => db.query("SELECT 1", [], { parsers: { 23: (text: string) => Number(text) * 2 } })).toThrow(
      /cannot apply a value parser for type 23/,
    );
  });

  it("carries PostgreSQL's error fields across the thread", async () => {
    const error = await db.query("INSERT INTO t VALUES (1, now(), 'dup')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "23505", constraint: "t_pkey" });
    expect(String((error as Error).message)).toMatch(/duplicate key/);
  });

  it("commits a transaction that resolves and rolls back one that throws, and serializes the rest", async () => {
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (2, now(), 'kept')");
    });
    const failure = new Error("stop");
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (3, now(), 'lost')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    // A query of its own issued while a transaction is open waits for its commit.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const open = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (4, now(), 'late')");
      await gate;
    });
    await new Promise((r) => setTimeout(r, 20));
    const outside = db.query("SELECT count(*)::int AS n FROM t WHERE id = 4");
    release();
    await open;
    expect((await outside).rows).toEqual([{ n: 1 }]);
    const ids = await db.query("SELECT id FROM t ORDER BY id");
    expect(ids.rows).toEqual([{ id: 1 }, { id: 2 }, { id: 4 }]);
  });

  it("keeps a process alive while a query is pending and lets it exit when idle", async () => {
    const script = `
      const { PgliteThread } = await import(${JSON.stringify(CLIENT)});
      const db = await PgliteThread.start(undefined);
      await db.waitReady;
      const r = await db.query("SELECT pg_sleep(0.3), 7 AS n");
      process.stdout.write("answered " + r.rows[0].n + "\\n");
    `;
    const run = await runChild(script);
    expect(run.out).toContain("answered 7");
    expect(run.code).toBe(0);
  });

  it("fails every pending and later request once the thread is gone", async () => {
    const lost = await PgliteThread.start(undefined);
    await lost.waitReady;
    await lost.close();
    await expect(lost.query("SELECT 1")).rejects.toThrow(/exited/);
  });
});
