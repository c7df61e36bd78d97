import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Api } from "./context.ts";

// swagger-ui-dist is served from node_modules so /docs works offline (the stock @hono/swagger-ui
// page loads its assets from a CDN).
const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>chiproad API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
<link rel="icon" href="/docs/assets/favicon-32x32.png" />
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>
window.onload = () => {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: "none" });
};
</script>
</body>
</html>`;

export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "chiproad API",
    version: "0.1.0",
    description:
      "Plan the localization of microelectronics production through lawful partnerships. Errors are RFC 9457 " +
      "problem details with a `code` from BAD_INPUT, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, INFEASIBLE, INTERNAL. " +
      "Authentication is out of scope: X-Chiproad-User and X-Chiproad-Role (viewer | planner | admin) are trusted headers.",
  },
};

export function docsRoutes(app: Api): void {
  app.doc31("/openapi.json", OPENAPI_INFO);
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/assets/:file", async (c) => {
    const file = c.req.param("file");
    const type = ASSETS[file];
    if (!type) return c.notFound();
    const body = await readFile(join(SWAGGER_DIR, file));
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}
