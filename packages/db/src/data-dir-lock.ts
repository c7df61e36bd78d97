import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { ChiproadError } from "@chiproad/data";

/** Whether a process with this pid exists (on this machine). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(lockPath: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // removed between our open and read: treat as free
  }
}

/**
 * Takes the exclusive lock on a PGlite data directory: `<dir>.lock` created with O_EXCL holding our
 * pid. PGlite is single-process; a second chiproad on the same directory would re-run the first one's
 * jobs and lose writes, so it refuses to start, naming the directory and the holder. A lock left by a
 * process that no longer exists (kill -9) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (holder(lockPath) === process.pid) unlinkSync(lockPath);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = holder(lockPath);
      if (pid !== undefined && pid !== process.pid && processAlive(pid)) {
        throw new ChiproadError(
          "CONFLICT",
          `the data directory ${dataDir} is in use by process ${pid} (lock file ${lockPath}): stop that ` +
            "chiproad first, or point CHIPROAD_DATA_DIR at another directory",
        );
      }
      if (pid === process.pid) {
        throw new ChiproadError("CONFLICT", `the data directory ${dataDir} is already open in this process`);
      }
      try {
        unlinkSync(lockPath); // stale: its holder is gone
      } catch {
        // another starter removed it first; retry the exclusive create
      }
    }
  }
  throw new ChiproadError("CONFLICT", `could not lock the data directory ${dataDir} (lock file ${lockPath})`);
}
