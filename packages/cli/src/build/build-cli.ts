/**
 * Compiles the `chiproad` command to plain JavaScript with esbuild, so running it needs no
 * TypeScript loader. The workspace packages export their TypeScript sources, so they are bundled;
 * so are the third-party packages (one self-contained directory, nothing to resolve at start-up).
 *
 * Three things a bundle would otherwise break are handled by the plugin below:
 * - `import.meta.url` / `dirname` / `filename` in a source file keep meaning that source file
 *   (the data layer finds its shipped samples relative to its own source, for instance);
 * - `new Worker(new URL("./entry.js", import.meta.url))` entries are compiled too, into the same
 *   directory, and the URL is pointed at the compiled entry;
 * - `tsx/esm/api`, which the worker entries use to load TypeScript, becomes a no-op.
 * A Worker started any other way fails the build rather than the run.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { type BuildOptions, build, type Plugin } from "esbuild";

const packagesDir = resolve(import.meta.dirname, "..", "..", "..");
const cliDir = join(packagesDir, "cli");

/** The entry `bin/chiproad.js` imports from the output directory. */
export const MAIN_ENTRY = "chiproad.js";

const WORKER_URL = /new\s+Worker\(\s*new\s+URL\(\s*(["'])(\.{1,2}\/[^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const ANY_WORKER = /new\s+Worker\(/g;
const IMPORT_META = /\bimport\.meta\.(url|dirname|filename)\b/g;
/** Stands for the bundle's own import.meta.url while the source's own is being rewritten. */
const BUNDLE_URL = "__chiproadBundleUrl__";

// CommonJS dependencies (commander, yaml) call require() for Node built-ins; the import.meta
// rewriting below turns source URLs into paths.
const BANNER = [
  'import { createRequire as __chiproadCreateRequire } from "node:module";',
  'import { dirname as __chiproadDirname } from "node:path";',
  'import { fileURLToPath as __chiproadFileURLToPath } from "node:url";',
  "const require = __chiproadCreateRequire(import.meta.url);",
].join("\n");

/** The compiled name of a worker entry: `scheduler-worker-entry` for scheduler/src/search/worker-entry.js. */
function workerName(file: string): string {
  const pkg = relative(packagesDir, file).split(sep)[0] ?? "worker";
  return `${pkg}-${basename(file, extname(file))}`;
}

function sourcePlugin(outdir: string, workers: Map<string, string>): Plugin {
  return {
    name: "chiproad-sources",
    setup(b) {
      b.onResolve({ filter: /^tsx(\/.*)?$/ }, (args) =>
        args.path === "tsx/esm/api"
          ? { path: args.path, namespace: "chiproad-no-loader" }
          : { errors: [{ text: `${args.importer} imports ${args.path}: the compiled CLI has no loader` }] },
      );
      b.onLoad({ filter: /.*/, namespace: "chiproad-no-loader" }, () => ({
        contents: "export function register() { return () => {}; }",
        loader: "js",
      }));
      // domain's scenario/fast-yaml.ts loads js-yaml's CommonJS build with createRequire at run time;
      // the bundle takes that same file in, so nothing is resolved at start-up.
      b.onLoad({ filter: /[\\/]domain[\\/]src[\\/]scenario[\\/]fast-yaml\.ts$/ }, (args) => ({
        contents: `export { load } from ${JSON.stringify(createRequire(args.path).resolve("js-yaml"))};`,
        loader: "js",
      }));
      b.onLoad({ filter: /\.(ts|js|mjs)$/ }, async (args) => {
        if (!args.path.startsWith(packagesDir + sep) || args.path.includes(`${sep}node_modules${sep}`)) {
          return undefined;
        }
        const text = await readFile(args.path, "utf8");
        if (!text.includes("import.meta") && !text.includes("new Worker")) return undefined;
        let found = 0;
        let code = text.replace(WORKER_URL, (_all, _quote: string, spec: string) => {
          found++;
          const entry = resolve(dirname(args.path), spec);
          const name = workerName(entry);
          workers.set(entry, name);
          return `new Worker(new URL(${JSON.stringify(`./${name}.js`)}, ${BUNDLE_URL})`;
        });
        const started = text.match(ANY_WORKER)?.length ?? 0;
        if (started !== found) {
          return {
            errors: [
              {
                text: `${relative(packagesDir, args.path)} starts a Worker the build cannot compile; use new Worker(new URL("./entry.js", import.meta.url))`,
              },
            ],
          };
        }
        const fromOut = relative(outdir, args.path).split(sep).join("/");
        const sourceUrl = `new URL(${JSON.stringify(fromOut)}, import.meta.url)`;
        code = code.replace(IMPORT_META, (_all, field: string) => {
          if (field === "url") return `${sourceUrl}.href`;
          const filename = `__chiproadFileURLToPath(${sourceUrl})`;
          return field === "dirname" ? `__chiproadDirname(${filename})` : filename;
        });
        code = code.replaceAll(BUNDLE_URL, "import.meta.url");
        return { contents: code, loader: extname(args.path) === ".ts" ? "ts" : "js" };
      });
    },
  };
}

export interface BuildResult {
  outdir: string;
  main: string;
  workers: string[];
}

/** Builds the CLI into `outdir` (flat: the import.meta rewriting assumes one directory). */
export async function buildCli(outdir: string): Promise<BuildResult> {
  const out = resolve(outdir);
  const workers = new Map<string, string>();
  const common: BuildOptions = {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outdir: out,
    banner: { js: BANNER },
    plugins: [sourcePlugin(out, workers)],
    logLevel: "warning",
    legalComments: "none",
    sourcemap: "linked",
    // Chromium's driver loads its own files at run time; it stays a package (only `brief` imports it).
    external: ["playwright-core"],
  };
  await build({
    ...common,
    entryPoints: { chiproad: join(cliDir, "src", "run.ts") },
    splitting: true,
    chunkNames: "[name]-[hash]",
  });
  // A worker bundle may name further workers (bench's worker solves through the scheduler).
  const built = new Set<string>();
  for (;;) {
    const pending = [...workers].filter(([entry]) => !built.has(entry));
    if (pending.length === 0) break;
    for (const [entry, name] of pending) {
      built.add(entry);
      await build({ ...common, entryPoints: { [name]: entry }, splitting: false });
    }
  }
  return { outdir: out, main: join(out, MAIN_ENTRY), workers: [...workers.values()].sort() };
}
