import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@chiproad/db";
import { afterAll, describe, expect, it } from "vitest";

describe("embedded data directory", () => {
  const root = mkdtempSync(join(tmpdir(), "chiproad-datadir-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is created on first open, keeps data across reopen, and leaves no staging directory", async () => {
    const dataDir = join(root, "nested", "data");
    const first = await openDatabase({ dataDir });
    await first.scenarios.create(
      { name: "kept", content: "x", format: "yaml", parsed: {} },
      { user: "u", role: "planner" },
    );
    await first.close();
    const second = await openDatabase({ dataDir });
    expect((await second.scenarios.list()).map((s) => s.name)).toEqual(["kept"]);
    await second.close();
    expect(readdirSync(join(root, "nested"))).toEqual(["data"]);
  });

  it("refuses a non-empty directory that holds no database instead of writing into it", async () => {
    const dataDir = join(root, "occupied");
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, "notes.txt"), "mine");
    await expect(openDatabase({ dataDir })).rejects.toThrow(/not empty and holds no database/);
    expect(readdirSync(dataDir)).toEqual(["notes.txt"]);
  });
});
