import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildForTest } from "../../test/built-cli.ts";
import { runCli } from "../../test/run-cli.ts";
import type { BuildResult } from "./build-cli.ts";

let built: BuildResult;
beforeAll(async () => {
  built = await buildForTest();
});

const run = (...args: string[]) =>
  spawnSync(process.execPath, [built.main, ...args], { encoding: "utf8", cwd: tmpdir() });

describe("the compiled CLI", () => {
  it("compiles the worker entries of bench and of the scheduler", () => {
    expect(built.workers).toEqual(["cli-bench-worker", "scheduler-worker-entry"]);
  });

  it("imports no TypeScript loader and no source file", () => {
    for (const name of readdirSync(built.outdir).filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(built.outdir, name), "utf8");
      expect({ name, tsx: /(from\s*|import\()\s*["']tsx/.test(text) }).toEqual({ name, tsx: false });
      expect({ name, ts: /(from\s*|import\()\s*["'][^"']+\.ts["']/.test(text) }).toEqual({ name, ts: false });
    }
  });

  it("prints the same help as the sources", async () => {
    const compiled = run("--help");
    expect(compiled.status).toBe(0);
    expect(compiled.stdout).toBe((await runCli("--help")).stdout);
  });

  it("finds the data layer's shipped samples when built and run outside the repository", () => {
    const r = run("chain", "chokepoints", "--top", "1", "--threshold", "95", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).chokepoints.length).toBeGreaterThan(0);
  });
});
