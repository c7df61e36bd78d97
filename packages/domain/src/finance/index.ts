export * from "./debt-service.ts";
export * from "./currency.ts";
