import { describe, expect, it } from "vitest";
import { EXIT, exitStatusFor } from "../src/exit.ts";
import { runCli } from "./run-cli.ts";

describe("chiproad main", () => {
  it("answers an unknown command with the bad-input status instead of throwing", async () => {
    const r = await runCli("no-such-command");
    expect(r.status).toBe(EXIT.badInput);
    expect(r.stderr).toContain("unknown command");
  });

  it("maps error codes to documented exit statuses", () => {
    const coded = (code: string) => Object.assign(new Error("x"), { code });
    expect(exitStatusFor(coded("BAD_INPUT"))).toBe(2);
    expect(exitStatusFor(coded("NOT_FOUND"))).toBe(2);
    expect(exitStatusFor(coded("INFEASIBLE"))).toBe(1);
    expect(exitStatusFor(new TypeError("bug"))).toBe(3);
  });
});
