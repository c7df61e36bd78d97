import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateWebMessages, WEB_MESSAGES_DTS, WEB_MESSAGES_JS } from "../scripts/web-messages.ts";
import { generateWebTypes, WEB_TYPES_FILE } from "../scripts/web-types.ts";

describe("the web's generated API types", () => {
  it("match /openapi.json (regenerate: npm run generate:web-types -w @chiproad/server)", async () => {
    // Compared whole: any route or schema change shows here until the web's types are regenerated.
    expect(readFileSync(WEB_TYPES_FILE, "utf8")).toBe(await generateWebTypes());
  }, 60_000);

  it("and its copy of the domain's message catalogues and renderer match their source (same command)", async () => {
    const { js, dts } = await generateWebMessages();
    expect(readFileSync(WEB_MESSAGES_JS, "utf8")).toBe(js);
    expect(readFileSync(WEB_MESSAGES_DTS, "utf8")).toBe(dts);
  });
});
