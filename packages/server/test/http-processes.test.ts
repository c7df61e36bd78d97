import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { dropSchema } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { httpProcessesFromEnv } from "../src/http-processes.ts";

const MAIN = join(import.meta.dirname, "..", "src", "main.ts");
const url = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
const PASSWORD = "several processes passphrase 7";

const OIDC = {
  CHIPROAD_OIDC_ISSUER: "https://id.example.org",
  CHIPROAD_OIDC_CLIENT_ID: "chiproad",
  CHIPROAD_OIDC_CLIENT_SECRET: "a-client-secret-of-enough-length",
  CHIPROAD_OIDC_REDIRECT_URL: "https://chiproad.example.org/api/auth/oidc/callback",
};

describe("CHIPROAD_HTTP_PROCESSES", () => {
  it("is 1 by default and refuses what cannot work, saying why", () => {
    expect(httpProcessesFromEnv({})).toBe(1);
    expect(httpProcessesFromEnv({ CHIPROAD_HTTP_PROCESSES: "1" })).toBe(1);
    expect(httpProcessesFromEnv({ CHIPROAD_HTTP_PROCESSES: "3", DATABASE_URL: "postgres://x/y" })).toBe(3);
    for (const bad of ["0", "two", "1.5", "65"])
      expect(() => httpProcessesFromEnv({ CHIPROAD_HTTP_PROCESSES: bad })).toThrow(
        /whole number from 1 to 64/,
      );
    expect(() => httpProcessesFromEnv({ CHIPROAD_HTTP_PROCESSES: "2" })).toThrow(/needs PostgreSQL/);
    // Single sign-on logins in progress are stored in the database, so any process may finish them.
    expect(
      httpProcessesFromEnv({ CHIPROAD_HTTP_PROCESSES: "2", DATABASE_URL: "postgres://x/y", ...OIDC }),
    ).toBe(2);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

/** The Node processes whose parent is `pid` (not tsx's esbuild), with their CPU time so far (clock ticks). */
function children(pid: number): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const node = readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "node";
      if (node && Number(fields[1]) === pid)
        found.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(url)("several HTTP processes on PostgreSQL", () => {
  it("serves from every process, replaces one killed with -9, and stops them all on SIGTERM", async () => {
    const schema = `chiproad_http_${randomBytes(4).toString("hex")}`;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let primary: ChildProcess | undefined;
    try {
      primary = spawn(process.execPath, ["--import", "tsx", MAIN], {
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: url,
          DATABASE_SCHEMA: schema,
          CHIPROAD_HTTP_PROCESSES: "2",
          CHIPROAD_ADMIN_PASSWORD: PASSWORD,
          CHIPROAD_SKIP_WEB_BUILD: "1",
          LOG_LEVEL: "error",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      primary.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
      });
      const pid = primary.pid as number;
      await until("the announcement", async () => (out.includes("2 HTTP processes") ? true : undefined));
      expect(out).toContain(`chiproad is running at ${base}`);
      const first = children(pid);
      expect(first.size).toBe(2);

      const login = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "admin", password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
      // The session made by one process is honoured by the other: many requests, all answered.
      const statuses = await Promise.all(
        Array.from({ length: 300 }, () =>
          fetch(`${base}/api/scenarios`, { headers: { cookie } }).then((r) => r.status),
        ),
      );
      expect(new Set(statuses)).toEqual(new Set([200]));
      const after = children(pid);
      for (const [child, ticks] of first)
        expect(after.get(child) ?? 0, `process ${child} served`).toBeGreaterThan(ticks);

      const victim = [...first.keys()][0] as number;
      process.kill(victim, "SIGKILL");
      const replaced = await until("a replacement", async () => {
        const now = children(pid);
        return now.size === 2 && !now.has(victim) ? now : undefined;
      });
      expect(replaced.size).toBe(2);
      const health = await until("health after the replacement", async () => {
        const res = await fetch(`${base}/api/health`);
        return res.ok ? res.status : undefined;
      });
      expect(health).toBe(200);

      const exited = new Promise<number | null>((resolve) => primary?.once("exit", (code) => resolve(code)));
      primary.kill("SIGTERM");
      expect(await exited).toBe(0);
      for (const child of replaced.keys()) expect(() => process.kill(child, 0)).toThrow();
    } finally {
      if (primary && primary.exitCode === null) primary.kill("SIGKILL");
      await dropSchema(url!, schema);
    }
  }, 180_000);
});
