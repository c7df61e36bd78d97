import { describe, expect, it } from "vitest";
import { readinessProbe } from "./readiness-probe.ts";

describe("readinessProbe", () => {
  it("runs one database probe for many concurrent health checks", async () => {
    let calls = 0;
    const ready = readinessProbe(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
    });
    await Promise.all(Array.from({ length: 50 }, () => ready()));
    expect(calls).toBe(1);
  });

  it("probes again once the last answer is older than freshMs", async () => {
    let clock = 0;
    let calls = 0;
    const ready = readinessProbe(
      async () => {
        calls++;
      },
      250,
      () => clock,
    );
    await ready();
    clock = 249;
    await ready();
    expect(calls).toBe(1);
    clock = 500;
    await ready();
    expect(calls).toBe(2);
  });

  it("does not cache a failure: a down database fails every check until it answers again", async () => {
    let up = false;
    let calls = 0;
    const ready = readinessProbe(async () => {
      calls++;
      if (!up) throw new Error("connection refused");
    });
    await expect(ready()).rejects.toThrow("connection refused");
    await expect(ready()).rejects.toThrow("connection refused");
    up = true;
    await expect(ready()).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });
});
