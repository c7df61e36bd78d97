import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const ROOT = join(import.meta.dirname, "..", "..", "..");
const WEB = join(ROOT, "packages", "web");

/** Debian's Chromium (never a downloaded browser): CHIPROAD_CHROMIUM_PATH or /usr/bin/chromium. */
export function chromiumPath(): string | null {
  const path = process.env.CHIPROAD_CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let best = s.mtimeMs;
  for (const name of readdirSync(path)) best = Math.max(best, newest(join(path, name)));
  return best;
}

/** Builds packages/web unless dist is newer than every source file; returns the build time in ms. */
export function buildWebOnce(): number {
  const built = existsSync(join(WEB, "dist", "index.html"))
    ? statSync(join(WEB, "dist", "index.html")).mtimeMs
    : 0;
  const sources = Math.max(
    newest(join(WEB, "src")),
    newest(join(WEB, "index.html")),
    newest(join(WEB, "vite.config.ts")),
  );
  if (built > sources) return 0;
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build", "-w", "@chiproad/web"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
  return Date.now() - started;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The first-start admin of every e2e server (set through CHIPROAD_ADMIN_PASSWORD). */
export const E2E_ADMIN = { username: "admin", password: "e2e secret passphrase" };

export interface RunningServer {
  url: string;
  dataDir: string;
  /** fetch() against the server's API with an admin bearer token, for checks beside the browser. */
  api(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** Signs in over the API and creates an API token (the browser signs in through the login page). */
async function adminToken(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify(E2E_ADMIN),
  });
  if (login.status !== 200) throw new Error(`e2e admin login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const created = await fetch(`${url}/api/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url, cookie },
    body: JSON.stringify({ name: "e2e checks", role: "admin", expiresInDays: 1 }),
  });
  if (created.status !== 201) throw new Error(`e2e token failed: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

/** The server's own start command (packages/server "start" script), run from its package directory. */
function serverCommand(): { cmd: string; args: string[] } {
  const manifest = JSON.parse(readFileSync(join(ROOT, "packages/server/package.json"), "utf8")) as {
    scripts?: { start?: string };
  };
  const [cmd = "node", ...args] = (manifest.scripts?.start ?? "node --import tsx src/main.ts").split(/\s+/);
  return { cmd, args };
}

/** Starts the real server on a free port with a fresh PGlite data dir; resolves when /api/health answers. */
export async function startServer(timeoutMs = 150_000): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "chiproad-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    CHIPROAD_DATA_DIR: dataDir,
    CHIPROAD_ADMIN_PASSWORD: E2E_ADMIN.password,
    CHIPROAD_SKIP_WEB_BUILD: "1",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  const { cmd, args } = serverCommand();
  const child: ChildProcess = spawn(cmd, args, {
    cwd: join(ROOT, "packages/server"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const token = await adminToken(url);
  return {
    url,
    dataDir,
    api(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set("authorization", `Bearer ${token}`);
      return fetch(`${url}${path}`, { ...init, headers });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Headless Chromium with a fresh profile (the --user-data-dir Playwright manages for a persistent context). */
export async function launchBrowser(
  executablePath: string,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "chiproad-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
    timezoneId: "UTC",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login page, as a person would (the admin by default); the session cookie then serves every page. */
export async function signIn(
  page: Page,
  url: string,
  account: { username: string; password: string } = E2E_ADMIN,
) {
  await page.goto(`${url}/`);
  await page.getByTestId("login-username").fill(account.username);
  await page.getByTestId("login-password").fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("user-menu").waitFor();
}
