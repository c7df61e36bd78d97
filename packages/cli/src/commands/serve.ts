import { ChiproadError } from "@chiproad/data";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";

// The CLI may not import @chiproad/server (layering), so `serve` runs the server's own entry point
// as a child process — the same program `npm start` runs.
const SERVER_SRC = join(import.meta.dirname, "..", "..", "..", "server", "src");

/** Runs a server entry point (`main.ts`, `worker-main.ts`) as a child process; resolves with its exit code. */
async function runServerEntry(entry: string, env: NodeJS.ProcessEnv): Promise<number> {
  // Resolved here, not by the child: `--import tsx` alone resolves from the working directory.
  const tsx = import.meta.resolve("tsx");
  const child = spawn(process.execPath, ["--import", tsx, join(SERVER_SRC, entry)], {
    env,
    stdio: "inherit",
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  process.off("SIGINT", forward);
  process.off("SIGTERM", forward);
  return code;
}

export const serveCommand: DefineCommand = (command, setStatus) => {
  command
    .addOption(new Option("--port <port>", "HTTP port").env("PORT").default("3000"))
    .addOption(new Option("--data-dir <dir>", "embedded database directory").env("CHIPROAD_DATA_DIR"))
    .action(async (opts: { port: string; dataDir?: string }) => {
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65_535) {
        throw new ChiproadError("BAD_INPUT", `--port: "${opts.port}" is not a port number (0–65535)`);
      }
      const env = {
        ...process.env,
        PORT: opts.port,
        ...(opts.dataDir ? { CHIPROAD_DATA_DIR: opts.dataDir } : {}),
      };
      const code = await runServerEntry("main.ts", env);
      setStatus(code === 0 ? 0 : 3);
    });
};

export const workerCommand: DefineCommand = (command, setStatus) => {
  command
    .description(
      "Run jobs only (no HTTP) from the PostgreSQL queue at DATABASE_URL: start any number, on any machine that reaches the database; run the server with CHIPROAD_IN_PROCESS_WORKER=0 to leave every job to them",
    )
    .action(async () => {
      if (!process.env.DATABASE_URL)
        throw new ChiproadError(
          "BAD_INPUT",
          "chiproad worker needs PostgreSQL: set DATABASE_URL (the embedded database belongs to the server process, which runs its own jobs)",
        );
      const code = await runServerEntry("worker-main.ts", process.env);
      setStatus(code === 0 ? 0 : code === 2 ? 2 : 3);
    });
};
