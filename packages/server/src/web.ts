import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Api, AppDeps } from "./context.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

const NO_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chiproad</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>chiproad</h1>
<p>The web UI has not been built (no <code>packages/web/dist</code>). Build it with
<code>npm run build -w @chiproad/web</code>, or restart with <code>npm start</code>, which builds it when possible.</p>
<p>The API is up: see <a href="/docs">the API reference</a> and <a href="/api/health">/api/health</a>.</p>
</body></html>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves the built web UI with an SPA fallback to index.html for client-side routes. */
export function webRoutes(app: Api, { webDist }: AppDeps): void {
  app.get("*", async (c) => {
    if (!webDist || !(await isFile(join(webDist, "index.html")))) return c.html(NO_BUILD);
    const requested = normalize(join(webDist, decodeURIComponent(c.req.path)));
    const inside = requested === webDist || requested.startsWith(webDist + sep);
    const file = inside && (await isFile(requested)) ? requested : join(webDist, "index.html");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const cache = file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(await readFile(file), 200, { "content-type": type, "cache-control": cache });
  });
}
