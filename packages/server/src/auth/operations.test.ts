import { describe, expect, it } from "vitest";
import { findOperation, OPERATIONS } from "./operations.ts";

describe("the operation table", () => {
  it("finds an operation by method and concrete path, static segments before parameters", () => {
    expect(findOperation("GET", "/api/scenarios/abc")?.id).toBe("getScenario");
    expect(findOperation("GET", "/api/scenarios/abc/plans/latest")?.id).toBe("getLatestPlan");
    expect(findOperation("POST", "/api/datasets/trade")?.id).toBe("importTrade");
    expect(findOperation("POST", "/api/datasets/trade/rollback")?.id).toBe("rollbackDataset");
    expect(findOperation("HEAD", "/api/health")?.id).toBe("getHealth");
  });

  it("finds nothing for a method or path outside the table", () => {
    expect(findOperation("DELETE", "/api/scenarios/abc")).toBeUndefined();
    expect(findOperation("GET", "/api/scenarios/a/b/c/d")).toBeUndefined();
    expect(findOperation("GET", "/api")).toBeUndefined();
  });

  it("makes only health and login public", () => {
    const open = Object.entries(OPERATIONS)
      .filter(([, op]) => op.access === "public")
      .map(([id]) => id);
    expect(open.sort()).toEqual(["getHealth", "login"]);
  });
});
