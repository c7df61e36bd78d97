// @chiproad/domain — the public API. Everything not exported here is private to the package.

// Scenario file: schema, parser with positioned issues, JSON Schema, reference data (helper A)
export * from "./scenario/index.ts";
// Capability gaps, export-control and sanctions compliance, partner fit (helper A)
export * from "./gaps/index.ts";
export * from "./compliance/index.ts";
export * from "./partners/index.ts";
// Loans and their debt service
export * from "./finance/index.ts";
// Planning profiles and other policies every door shares
export * from "./policy/index.ts";
// Domain messages: codes and parameters, rendered in en, ru and zh
export * from "./messages/index.ts";
// Roadmap planner, what-if, Monte Carlo risk, Markdown/HTML reports (helper B)
export * from "./roadmap/index.ts";
export * from "./whatif/index.ts";
export * from "./risk/index.ts";
export * from "./report/index.ts";
// Sweeps: every combination of a grid of what-if changes, planned and risk-analysed
export * from "./sweep/index.ts";
// The decision brief for higher bodies (HTML in en/ru/zh; PDF in the server)
export * from "./brief/index.ts";
// Execution tracking: a forecast re-planned from actuals against a baseline plan
export * from "./tracking/index.ts";
// the response contract: zod schemas of every answer (server routes, web types, contract test)
export * from "./contract/index.ts";
