// The entry point of the compiled CLI (dist/chiproad.js), which bin/chiproad.js imports.
import { main } from "./main.ts";

// Stack traces of the (lazily loaded) command modules point into the sources.
if (process.env.CHIPROAD_DEBUG) process.setSourceMapsEnabled(true);

// `chiproad plan x.yaml | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv);
