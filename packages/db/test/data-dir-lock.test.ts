import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@chiproad/db";
import { afterAll, describe, expect, it } from "vitest";

const DB_INDEX = join(import.meta.dirname, "..", "src", "index.ts");

/** A second process that opens `dataDir` and holds it until killed; resolves once it has it open. */
function holder(dataDir: string): Promise<ChildProcess> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(DB_INDEX)});
    await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
    process.stdout.write("open\\n");
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      if (d.toString().includes("open")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

describe("the embedded data directory lock", () => {
  const root = mkdtempSync(join(tmpdir(), "chiproad-lock-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a second process, naming the directory and the holder's pid; frees it on exit", async () => {
    const dataDir = join(root, "data");
    const first = await holder(dataDir);
    try {
      const refusal = await openDatabase({ dataDir }).then(
        () => "opened",
        (e: Error & { code?: string }) => e,
      );
      expect(refusal).toBeInstanceOf(Error);
      const error = refusal as Error & { code?: string };
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toContain(dataDir);
      expect(error.message).toContain(`process ${first.pid}`);
    } finally {
      await kill(first, "SIGKILL");
    }
    // kill -9 left the lock file behind; its holder is gone, so the next start takes it over.
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    const db = await openDatabase({ dataDir });
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 60_000);

  it("takes over a lock whose pid is not a running process", async () => {
    const dataDir = join(root, "stale");
    writeFileSync(`${dataDir}.lock`, "999999999\n");
    const db = await openDatabase({ dataDir });
    await db.close();
  });
});
