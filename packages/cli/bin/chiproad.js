#!/usr/bin/env node
// Runs the compiled CLI: dist/ is built by `npm ci` (the root `prepare` script) or
// `npm run build -w @chiproad/cli`, and never committed.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/chiproad.js", import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    "chiproad: the CLI is not built; run `npm run build -w @chiproad/cli` at the repository root\n",
  );
  process.exit(3);
}
await import(compiled.href);
