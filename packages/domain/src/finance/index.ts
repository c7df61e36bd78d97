export * from "./debt-service.ts";
