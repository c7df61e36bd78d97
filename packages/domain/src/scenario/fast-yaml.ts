import { createRequire } from "node:module";
import type * as JsYaml from "js-yaml";

/**
 * js-yaml's `load`, taken from the package's CommonJS build. Both builds are the same version of the
 * same source; on Node 20 the ES module build (which `import` would resolve to) reads the India
 * example 2.3–2.9 ms a time, the CommonJS build 0.75–1.2 ms (each in its own process, same machine
 * and session). The visible difference between the two files is how they were compiled: the ES
 * build declares class fields natively, the CommonJS one assigns them in constructors. The answer is
 * the same function's; `readers.test.ts` compares this `load` with `yaml` on every example, 800
 * scalar spellings and 500 random documents.
 */
export const load: typeof JsYaml.load = (createRequire(import.meta.url)("js-yaml") as typeof JsYaml).load;
