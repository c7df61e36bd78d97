/**
 * The domain's message catalogues (en, ru, zh) and their renderer, compiled for the web: the web talks
 * to the server over HTTP only and imports no chiproad package, so it gets a generated copy of the one
 * module it renders messages with, as it gets generated API types. The catalogue keeps its one home in
 * packages/domain/src/messages/; `npm run generate:web-types -w @chiproad/server` rewrites
 * packages/web/src/i18n/domain-messages.gen.{js,d.ts}; a test fails when they differ from a fresh build.
 */
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const WEB_I18N = join(ROOT, "packages", "web", "src", "i18n");
export const WEB_MESSAGES_JS = join(WEB_I18N, "domain-messages.gen.js");
export const WEB_MESSAGES_DTS = join(WEB_I18N, "domain-messages.gen.d.ts");

const HEADER = `// Generated from packages/domain/src/messages by packages/server/scripts/web-messages.ts — do not edit.
// Regenerate: npm run generate:web-types -w @chiproad/server
`;

/** The renderer's type surface, in the API's own message shape (openapi.gen.ts). */
const DECLARATIONS = `${HEADER}import type { components } from "../api/openapi.gen.ts";

type Schemas = components["schemas"];

/** The languages every message exists in. */
export type Lang = "en" | "ru" | "zh";
/** A message as the API sends it: a catalogue code and its parameters. */
export type Message = Schemas["Message"];
/** Kinds of named things a message may refer to. */
export type NameKind = keyof Schemas["DisplayNames"];
/** Display names by kind and id; a renderer prefers them to ids. */
export type DisplayNames = Partial<Record<NameKind, ReadonlyMap<string, string> | Record<string, string>>>;

/** Renders a domain message in \`lang\`, with display names instead of ids when given. */
export declare function renderMessage(message: Message, lang: Lang, names?: DisplayNames): string;
`;

export async function generateWebMessages(): Promise<{ js: string; dts: string }> {
  const result = await build({
    stdin: {
      contents: 'export { renderMessage } from "./packages/domain/src/messages/render.ts";',
      resolveDir: ROOT,
      loader: "ts",
      sourcefile: "domain-messages.ts",
    },
    absWorkingDir: ROOT,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return { js: HEADER + result.outputFiles[0]!.text, dts: DECLARATIONS };
}

if (process.argv[1] === import.meta.filename) {
  const { writeFileSync } = await import("node:fs");
  const { js, dts } = await generateWebMessages();
  writeFileSync(WEB_MESSAGES_JS, js);
  writeFileSync(WEB_MESSAGES_DTS, dts);
  process.stdout.write(`wrote ${WEB_MESSAGES_JS} and ${WEB_MESSAGES_DTS}\n`);
}
