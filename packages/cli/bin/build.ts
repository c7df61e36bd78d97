// `npm run build -w @chiproad/cli` (the root `prepare` runs it on `npm ci`): compiles the CLI into dist/.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { buildCli } from "../src/build/build-cli.ts";

const dist = join(import.meta.dirname, "..", "dist");
rmSync(dist, { recursive: true, force: true });
const started = performance.now();
const result = await buildCli(dist);
process.stdout.write(
  `chiproad: built ${result.main} and workers ${result.workers.join(", ")} in ${Math.round(performance.now() - started)} ms\n`,
);
