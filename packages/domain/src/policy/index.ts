export * from "./profiles.ts";
export * from "./weights.ts";
