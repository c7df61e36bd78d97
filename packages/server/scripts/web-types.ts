/**
 * The web's API types, generated from the OpenAPI document the routes declare (the contract's zod
 * schemas): the web talks to the server over HTTP only and imports no chiproad package.
 * `npm run generate:web-types -w @chiproad/server` rewrites packages/web/src/api/openapi.gen.ts;
 * a test fails when the committed file differs from a fresh generation.
 */
import { join } from "node:path";
import { openDatabase } from "@chiproad/db";
import openapiTS, { astToString } from "openapi-typescript";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";

export const WEB_TYPES_FILE = join(import.meta.dirname, "..", "..", "web", "src", "api", "openapi.gen.ts");

const HEADER = `// Generated from /openapi.json by packages/server/scripts/web-types.ts — do not edit.
// Regenerate: npm run generate:web-types -w @chiproad/server
`;

export async function generateWebTypes(): Promise<string> {
  const db = await openDatabase({});
  try {
    const app = createApp({ db, logger: createLogger("silent"), reference: referenceProvider(db) });
    const res = await app.request("/openapi.json");
    if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
    const ast = await openapiTS(await res.text(), { exportType: true, alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await db.close();
  }
}

if (process.argv[1] === import.meta.filename) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(WEB_TYPES_FILE, await generateWebTypes());
  process.stdout.write(`wrote ${WEB_TYPES_FILE}\n`);
}
