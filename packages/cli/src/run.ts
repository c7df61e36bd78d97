// The entry point of the compiled CLI (dist/chiproad.js), which bin/chiproad.js imports.
import { main } from "./main.ts";

process.exitCode = await main(process.argv);
