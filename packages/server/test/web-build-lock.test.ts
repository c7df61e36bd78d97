import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withBuildLock } from "../src/web-build.ts";

const tsx = import.meta.resolve("tsx");
const webBuild = join(import.meta.dirname, "..", "src", "web-build.ts");

/** A process that takes the lock, writes "start", holds it for 300 ms, writes "end". */
function holder(lock: string, log: string): Promise<number> {
  const script = `
    import { appendFileSync } from "node:fs";
    const { withBuildLock } = await import(${JSON.stringify(webBuild)});
    withBuildLock(${JSON.stringify(lock)}, () => {
      appendFileSync(${JSON.stringify(log)}, "start\\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      appendFileSync(${JSON.stringify(log)}, "end\\n");
    });`;
  const child = spawn(process.execPath, ["--import", tsx, "--input-type=module", "-e", script], {
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

describe("the web build lock", () => {
  it("lets one process build at a time: three concurrent holders never overlap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-lock-"));
    const log = join(dir, "log");
    writeFileSync(log, "");
    const codes = await Promise.all([0, 1, 2].map(() => holder(join(dir, "lock"), log)));
    expect(codes).toEqual([0, 0, 0]);
    expect(readFileSync(log, "utf8")).toBe("start\nend\n".repeat(3));
  });

  it("takes over a lock left by a dead process", () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-lock-"));
    const lock = join(dir, "lock");
    mkdirSync(lock);
    writeFileSync(join(lock, "pid"), "999999"); // no such process
    expect(withBuildLock(lock, () => "built")).toBe("built");
  });
});
