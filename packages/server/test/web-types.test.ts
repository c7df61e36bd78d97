import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateWebTypes, WEB_TYPES_FILE } from "../scripts/web-types.ts";

describe("the web's generated API types", () => {
  it("match /openapi.json (regenerate: npm run generate:web-types -w @chiproad/server)", async () => {
    // Compared whole: any route or schema change shows here until the web's types are regenerated.
    expect(readFileSync(WEB_TYPES_FILE, "utf8")).toBe(await generateWebTypes());
  }, 60_000);
});
