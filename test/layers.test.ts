import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The layer picture from STYLE.md: a package may import only the packages listed below it.
const ALLOWED: Record<string, readonly string[]> = {
  scheduler: [],
  data: [],
  domain: ["scheduler", "data"],
  db: ["scheduler", "data", "domain"],
  // Printing (HTML to PDF with headless Chromium and embedded fonts): beside db, for server and CLI.
  print: ["data", "domain"],
  server: ["scheduler", "data", "domain", "db", "print"],
  cli: ["scheduler", "data", "domain", "db", "print"],
  // The web app talks to the server over HTTP: its API types are generated from /openapi.json and
  // its copy of the domain's message catalogues and renderer is generated too
  // (packages/server/scripts/web-types.ts, web-messages.ts).
  web: [],
};

const root = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:from\s+|import\s*\(\s*)["'](@chiproad\/([a-z-]+)|(?:\.\.\/)+([a-z-]+)\/)/g;

describe("package layering", () => {
  for (const [pkg, allowed] of Object.entries(ALLOWED)) {
    it(`${pkg} imports only ${allowed.length ? allowed.join(", ") : "no other chiproad package"}`, () => {
      const offending: string[] = [];
      for (const file of sourceFiles(join(root, "packages", pkg, "src"))) {
        const text = readFileSync(file, "utf8");
        for (const match of text.matchAll(IMPORT)) {
          const target = match[2] ?? match[3];
          if (!target || target === pkg || !(target in ALLOWED)) continue;
          if (match[3] && !match[1]?.startsWith("../../")) continue;
          if (!allowed.includes(target)) offending.push(`${relative(root, file)} imports ${target}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }

  it("keeps the domain's messages self-contained (the web bundles them)", () => {
    const dir = join(root, "packages/domain/src/messages");
    const offending = sourceFiles(dir)
      .filter((f) => !f.endsWith(".test.ts"))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .filter((l) => /^import\s(?!type\s)/.test(l) && !/from\s+"\.\/[^/]+"/.test(l))
          .map((l) => `${relative(root, f)}: ${l}`),
      );
    expect(offending).toEqual([]);
  });

  it("keeps the scheduler free of runtime dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(root, "packages/scheduler/package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });
});
