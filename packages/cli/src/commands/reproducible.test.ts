/**
 * The same scenario, seed and profile give byte-identical plan, what-if and risk JSON (timing
 * fields aside) — also with a CPU-hogging process beside the run: budgets are counted in work.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const examples = join(import.meta.dirname, "../../../../examples");
const scenario = join(examples, "india-mcu-osat.yaml");
const change = join(examples, "changes", "india-mcu-osat.cut-tranche.yaml");

/** Output without the one timing field (`stats.elapsedMs`, wherever it appears). */
function withoutTiming(json: string): string {
  return JSON.stringify(JSON.parse(json), (k, v) => (k === "elapsedMs" ? undefined : v));
}

let hogs: ChildProcess[] = [];
afterEach(() => {
  for (const h of hogs) h.kill("SIGKILL");
  hogs = [];
});

/** Busy loops on every core, until killed (bounded by the test's own timeout). */
function hogCpu(): void {
  for (let i = 0; i < 2; i++) {
    hogs.push(
      spawn(process.execPath, ["-e", "const end = Date.now() + 120000; while (Date.now() < end) {}"], {
        stdio: "ignore",
      }),
    );
  }
}

describe("reproducible answers", () => {
  it("plan: the same JSON twice, and again under CPU load", async () => {
    const args = ["plan", scenario, "--profile", "quick", "--seed", "5", "--format", "json"];
    const a = await runCli(...args);
    const b = await runCli(...args);
    hogCpu();
    const c = await runCli(...args);
    expect(a.status).toBe(0);
    expect(withoutTiming(b.stdout)).toBe(withoutTiming(a.stdout));
    expect(withoutTiming(c.stdout)).toBe(withoutTiming(a.stdout));
    expect(JSON.parse(a.stdout).stats.stoppedBy).not.toBe("time-limit");
  });

  it("what-if and risk: the same JSON under CPU load", async () => {
    const whatif = ["whatif", scenario, "--change", change, "--profile", "quick", "--format", "json"];
    const risk = [
      "risk",
      scenario,
      "--samples",
      "40",
      "--profile",
      "quick",
      "--seed",
      "2",
      "--format",
      "json",
    ];
    const w1 = await runCli(...whatif);
    const r1 = await runCli(...risk);
    hogCpu();
    const w2 = await runCli(...whatif);
    const r2 = await runCli(...risk);
    expect([w1.status, r1.status]).toEqual([0, 0]);
    expect(withoutTiming(w2.stdout)).toBe(withoutTiming(w1.stdout));
    expect(withoutTiming(r2.stdout)).toBe(withoutTiming(r1.stdout));
  });
});
