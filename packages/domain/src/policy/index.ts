export * from "./profiles.ts";
