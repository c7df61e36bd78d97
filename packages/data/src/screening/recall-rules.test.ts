import { describe, expect, it } from "vitest";
import type { Entity } from "./model.ts";
import { ScreeningIndex } from "./screening-index.ts";

/** General recall rules of issue 12's second pass: each on the smallest index where it binds. */
const entity = (id: string, name: string, schema = "Company", aliases: string[] = []): Entity => ({
  id,
  schema,
  name,
  aliases,
  countries: [],
  identifiers: [],
  addresses: [],
  list: "test",
  programs: [],
  datasetVersion: "v1",
});

const index = new ScreeningIndex([
  entity("unit", "KARAVAN SUPPLY DIRECTORATE"),
  entity("orion", "ORION OPTICS CENTRE"),
  // Filler so that document frequencies are not all one.
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const ids = (name: string) => index.screen({ name }).matches.map((m) => m.id);

describe("units of an organisation weigh like company words", () => {
  it("finds a body listed as a DIRECTORATE when asked for its DEPARTMENT", () => {
    expect(ids("KARAVAN SUPPLY DEPARTMENT")).toContain("unit");
  });

  it("reads CENTRE as CENTER, and a shared unit word alone raises nothing", () => {
    expect(ids("ORION OPTICS CENTER")).toContain("orion");
    expect(ids("VEGA LASER CENTER")).not.toContain("orion");
  });
});
