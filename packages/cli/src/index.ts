export { main } from "./main.ts";
export { EXIT, exitStatusFor, reportError } from "./exit.ts";
