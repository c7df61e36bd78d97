/**
 * The closed error list is declared once (`packages/data/src/errors.ts`): the server's problem
 * documents, the CLI's exit statuses and the web's messages all follow that table.
 */
import { ChiproadError, ERROR_CODES, ERROR_TABLE } from "@chiproad/data";
import { ProblemInputError } from "@chiproad/scheduler";
import { describe, expect, it } from "vitest";
import { exitStatusFor } from "../packages/cli/src/exit.ts";
import { requestError, toProblem } from "../packages/server/src/problem.ts";
import { en } from "../packages/web/src/i18n/en.ts";
import { ru } from "../packages/web/src/i18n/ru.ts";
import { zh } from "../packages/web/src/i18n/zh.ts";

describe("one error table", () => {
  it("the server's problem document carries each code's HTTP status and title", () => {
    for (const code of ERROR_CODES) {
      const p = toProblem(requestError(code, "detail"));
      expect([p.code, p.status, p.title]).toEqual([code, ERROR_TABLE[code].http, ERROR_TABLE[code].title]);
    }
  });

  it("one error class: raised below the server without a status, bad content is 422, the rest by the table", () => {
    expect(toProblem(new ChiproadError("BAD_INPUT", "rows.csv:3:2: not a number")).status).toBe(422);
    expect(toProblem(new ChiproadError("NOT_FOUND", "no such list")).status).toBe(404);
    expect(toProblem(new ChiproadError("CONFLICT", "stale version", { status: 412 })).status).toBe(412);
  });

  it("the CLI exits with each code's status; anything else is internal (3)", () => {
    for (const code of ERROR_CODES) {
      expect(exitStatusFor(Object.assign(new Error("x"), { code }))).toBe(ERROR_TABLE[code].exit);
    }
    expect(exitStatusFor(new Error("no code"))).toBe(3);
    expect(exitStatusFor(Object.assign(new Error("x"), { code: "ENOENT" }))).toBe(3);
  });

  it("the engine's codes are in the table (the scheduler imports nothing, so it is checked here)", () => {
    expect(ERROR_CODES).toContain(new ProblemInputError("x", "y").code);
  });

  it("every code has a message in each UI language, and no language has an extra one", () => {
    for (const catalogue of [en, ru, zh]) {
      expect(Object.keys(catalogue.errors).sort()).toEqual([...ERROR_CODES].sort());
    }
  });
});
