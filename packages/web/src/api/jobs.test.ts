import { describe, expect, it } from "vitest";
import { jobFailure } from "./jobs.ts";
import type { Job, Problem } from "./types.ts";

const failed = (error: Problem): Job => ({
  id: "j",
  kind: "whatif",
  status: "failed",
  progress: 1,
  attempts: 1,
  priority: 10,
  scenarioId: "s",
  scenarioVersion: 1,
  createdAt: "2026-11-30T12:00:00Z",
  error,
});

describe("a failed job's error", () => {
  it("shows the reason of a {code, message} error instead of 'INFEASIBLE (undefined)'", () => {
    const problem = jobFailure(
      failed({
        code: "INFEASIBLE",
        message: "gap coprocessor:N7 has no lawful option",
      } as unknown as Problem),
    );
    expect(problem.message).toBe("gap coprocessor:N7 has no lawful option");
    expect(problem.problem.code).toBe("INFEASIBLE");
    expect(problem.message).not.toContain("undefined");
  });

  it("keeps a problem document as it is", () => {
    const problem = jobFailure(
      failed({ type: "about:blank", title: "Conflict", status: 409, code: "CONFLICT", detail: "cancelled" }),
    );
    expect(problem.problem).toMatchObject({ status: 409, code: "CONFLICT", detail: "cancelled" });
  });
});
