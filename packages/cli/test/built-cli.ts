import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BuildResult, buildCli } from "../src/build/build-cli.ts";

/**
 * Compiles the current sources into a fresh directory, so the tests that spawn the CLI run this
 * checkout's code as the installed command would (dist/ may be stale, and test files run in parallel).
 */
export function buildForTest(): Promise<BuildResult> {
  return buildCli(mkdtempSync(join(tmpdir(), "chiproad-cli-build-")));
}
