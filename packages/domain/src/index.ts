// @chiproad/domain — the public API. Everything not exported here is private to the package.

// Scenario file: schema, parser with positioned issues, JSON Schema, reference data (helper A)
export * from "./scenario/index.ts";
