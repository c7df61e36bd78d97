import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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
  logger.info("building the web UI (npm run build -w @chiproad/web)");
  const result = spawnSync("npm", ["run", "build", "-w", "@chiproad/web"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    logger.warn(
      { status: result.status },
      "web UI build failed; serving the previous build or a placeholder",
    );
  }
  return existsSync(join(dist, "index.html")) ? dist : undefined;
}
