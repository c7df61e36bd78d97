import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");

/** The packages whose code and shipped data decide a computed report. */
const INPUT_DIRS = [
  "packages/scheduler/src",
  "packages/data/src",
  "packages/data/samples",
  "packages/domain/src",
];
const SKIP = /(\.test\.ts|\.test-support\.ts)$/;

let fingerprint: Promise<string> | undefined;

/**
 * SHA-256 (first 16 hex digits) over the engine's, the data layer's and the domain's sources and the
 * shipped samples, read once per process. Stored reports are keyed by it, so a report computed by
 * other code — an upgrade, a local change — is never served as this code's answer.
 */
export function codeFingerprint(root: string = ROOT): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash("sha256");
    for (const dir of INPUT_DIRS) {
      const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && !SKIP.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      for (const file of files) {
        hash.update(relative(root, file));
        hash.update("\0");
        hash.update(await readFile(file));
        hash.update("\0");
      }
    }
    return hash.digest("hex").slice(0, 16);
  })();
  return fingerprint;
}
