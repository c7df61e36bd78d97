import type { Entity } from "./model.ts";

/** A listed entity for a screening test: only what the matcher reads is given, the rest empty. */
export const entity = (id: string, name: string, schema = "Company", aliases: string[] = []): Entity => ({
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
