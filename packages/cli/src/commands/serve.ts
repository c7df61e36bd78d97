import { ChiproadError } from "@chiproad/data";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";

// The CLI may not import @chiproad/server (layering), so `serve` runs the server's own entry point
// as a child process — the same program `npm start` runs.
const SERVER_MAIN = join(import.meta.dirname, "..", "..", "..", "server", "src", "main.ts");

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
      // Resolved here, not by the child: `--import tsx` alone resolves from the working directory.
      const tsx = import.meta.resolve("tsx");
      const child = spawn(process.execPath, ["--import", tsx, SERVER_MAIN], { env, stdio: "inherit" });
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on("SIGINT", forward);
      process.on("SIGTERM", forward);
      const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      setStatus(code === 0 ? 0 : 3);
    });
};
