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

  it("makes only health and the ways to sign in public", () => {
    const open = Object.entries(OPERATIONS)
      .filter(([, op]) => op.access === "public")
      .map(([id]) => id);
    expect(open.sort()).toEqual(["getAuthOptions", "getHealth", "login", "oidcCallback", "oidcLogin"]);
  });

  it("scopes every operation on one scenario or one job to its programme", () => {
    // A route added under /api/scenarios/{id} or /api/jobs/{id} without a scope would skip the
    // per-programme check (and show members-only programmes to everyone).
    for (const [id, op] of Object.entries(OPERATIONS)) {
      const scope = "scope" in op ? op.scope : undefined;
      if (op.path.startsWith("/api/scenarios/{id}")) expect(scope, id).toBe("scenario");
      else if (op.path.startsWith("/api/jobs/{id}")) expect(scope, id).toBe("job");
      else expect(scope, id).toBeUndefined();
    }
  });
});
