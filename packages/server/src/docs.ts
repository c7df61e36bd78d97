import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { OPERATIONS, type Operation, type OperationId } from "./auth/operations.ts";
import { SESSION_COOKIE } from "./auth/session-cookie.ts";
import type { Api } from "./context.ts";
import { ERROR_CODES } from "./problem.ts";

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
<script src="/docs/assets/init.js"></script>
</body>
</html>`;

// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
const INIT = `window.onload = () => {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: "none" });
};
`;

export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "chiproad API",
    version: "0.1.0",
    description:
      "Plan the localization of microelectronics production through lawful partnerships. Errors are RFC 9457 " +
      `problem details with a \`code\` from ${ERROR_CODES.join(", ")}. ` +
      "Every operation except GET /api/health and POST /api/auth/login needs a session cookie (POST /api/auth/login) " +
      "or `Authorization: Bearer <token>` (POST /api/auth/tokens); `x-chiproad-min-role` names the least role that may call it " +
      "(viewer < analyst < manager < compliance < admin).",
    license: { name: "Apache-2.0", identifier: "Apache-2.0" },
  },
  servers: [{ url: "http://127.0.0.1:3000", description: "npm start (PORT and HOST change it)" }],
};

type Doc = ReturnType<Api["getOpenAPI31Document"]>;
interface DocOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

const PROBLEM = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/**
 * The OpenAPI document, with operationId, security and the minimal role of each operation taken from
 * the one authorization table (OPERATIONS), so the document cannot disagree with what the gate enforces.
 */
export function openApiDocument(app: Api): Doc {
  const doc = app.getOpenAPI31Document(OPENAPI_INFO);
  const byRoute = new Map(
    (Object.entries(OPERATIONS) as [OperationId, Operation][]).map(([id, op]) => [
      `${op.method} ${op.path}`,
      { id, op },
    ]),
  );
  doc.components = {
    ...doc.components,
    securitySchemes: {
      session: {
        type: "apiKey",
        in: "cookie",
        name: SESSION_COOKIE,
        description: "set by POST /api/auth/login",
      },
      bearer: { type: "http", scheme: "bearer", description: "an API token from POST /api/auth/tokens" },
    },
  };
  doc.security = [{ session: [] }, { bearer: [] }];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, raw] of Object.entries(item as Record<string, DocOperation>)) {
      const entry = byRoute.get(`${method} ${path}`);
      if (!entry) continue;
      const operation = raw;
      operation.operationId = entry.id;
      operation["x-chiproad-min-role"] = entry.op.access;
      if (entry.op.access === "public") {
        operation.security = [];
        continue;
      }
      operation.responses ??= {};
      operation.responses["401"] ??= PROBLEM("no valid session or token (UNAUTHENTICATED)");
      operation.responses["403"] ??= PROBLEM(
        `role below "${entry.op.access}", or a cross-origin cookie write (FORBIDDEN)`,
      );
      if ("idempotent" in entry.op) {
        operation.parameters = [
          ...(operation.parameters ?? []),
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description:
              "a retry with the same key and body returns the first answer instead of creating again",
            schema: { type: "string", maxLength: 200 },
          },
        ];
      }
    }
  }
  return doc;
}

export function docsRoutes(app: Api): void {
  let doc: Doc | undefined;
  app.get("/openapi.json", (c) => {
    doc ??= openApiDocument(app);
    return c.json(doc);
  });
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/assets/:file", async (c) => {
    const file = c.req.param("file");
    if (file === "init.js") return c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8" });
    const type = ASSETS[file];
    if (!type) return c.notFound();
    const body = await readFile(join(SWAGGER_DIR, file));
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}
