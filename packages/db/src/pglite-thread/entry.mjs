// Worker bootstrap. On Node 20 the `--import tsx` of a worker's execArgv does not reach the
// worker's own module graph, so this plain-JavaScript entry registers tsx's loader itself and
// then imports the TypeScript host.
import { register } from "tsx/esm/api";

register();
await import("./host.ts");
