import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { processAlive } from "@chiproad/db";
import type { Logger } from "./logger.ts";

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === "node_modules" || name === "dist") continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Sleeps without an event loop (the build is synchronous by design: the server waits for it). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `build` while holding an exclusive lock (a directory, created atomically) shared by every
 * process on this checkout, so that test files or servers starting together never run two web
 * builds into the same dist at once. A lock left by a dead process is taken over.
 */
export function withBuildLock<T>(lock: string, build: () => T): T {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(join(lock, "pid"), "utf8"));
      } catch {
        // the holder has created the directory but not yet written its pid
      }
      if (Number.isInteger(holder) && !processAlive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`web build lock ${lock} held for 10 minutes`);
      else sleepSync(200);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds packages/web when its dist is missing or older than its sources. Returns the dist path when a
 * build is available; otherwise the server shows a plain page that says how to build it.
 */
export function ensureWebBuild(root: string, logger: Logger): string | undefined {
  const web = join(root, "packages", "web");
  const dist = join(web, "dist");
  const manifest = join(web, "package.json");
  const hasBuildScript =
    existsSync(manifest) &&
    typeof (JSON.parse(readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> }).scripts
      ?.build === "string";
  const distTime = existsSync(join(dist, "index.html")) ? statSync(join(dist, "index.html")).mtimeMs : 0;
  const sourceTime = Math.max(
    newestMtime(join(web, "src")),
    newestMtime(join(web, "index.html")),
    newestMtime(join(web, "vite.config.ts")),
    newestMtime(join(web, "public")),
  );
  if (!hasBuildScript) {
    if (distTime === 0) logger.warn("packages/web has no build script yet; serving a placeholder page");
    return distTime > 0 ? dist : undefined;
  }
  if (distTime > 0 && distTime >= sourceTime) return dist;
  if (process.env.CHIPROAD_SKIP_WEB_BUILD === "1") return distTime > 0 ? dist : undefined;
  return withBuildLock(join(web, ".build.lock"), () => {
    // Another process may have built it while this one waited for the lock.
    const builtTime = existsSync(join(dist, "index.html")) ? statSync(join(dist, "index.html")).mtimeMs : 0;
    if (builtTime > 0 && builtTime >= sourceTime) return dist;
    logger.info("building the web UI (npm run build -w @chiproad/web)");
    const result = spawnSync("npm", ["run", "build", "-w", "@chiproad/web"], { cwd: root, stdio: "inherit" });
    if (result.status !== 0) {
      logger.warn(
        { status: result.status },
        "web UI build failed; serving the previous build or a placeholder",
      );
    }
    return existsSync(join(dist, "index.html")) ? dist : undefined;
  });
}
