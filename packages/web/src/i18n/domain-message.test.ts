import { describe, expect, it } from "vitest";
import { gapOf } from "../api/analysis-fixture.ts";
import type { DisplayNameTable, DomainMessage } from "../api/types.ts";
import { displayNames, nameIn, renderDomain } from "./domain-message.tsx";

// The server's `names` table (the domain's displayNameTable of a scenario), as GET /api/scenarios/{id} sends it.
const empty = { gap: {}, input: {}, milestone: {}, line: {}, facility: {}, pool: {} };
const table: DisplayNameTable = {
  ...empty,
  partner: { chn: "China" },
  firm: { smic: "SMIC", mikron: "Mikron" },
  model: { licence: "Licence" },
  target: { coprocessor: "Co-processor" },
};
const names = displayNames(table, [
  gapOf({ id: "coprocessor:N7", inputId: "N7", inputName: "EDA and Core IP" }),
]);

// A real message of the partner-fit report (compliance of a lawful option), as the server sends it.
const lawful: DomainMessage = {
  code: "rule.unrestricted",
  params: {
    categories: { kind: "list", items: ["3E", "3D"], join: "comma" },
    partner: { kind: "partner", id: "chn", name: "China" },
    destination: "RUS",
  },
};

describe("domain messages in the UI language", () => {
  it("renders a message in ru and zh, not the English text beside it", () => {
    const en = renderDomain(lawful, "english text", "en", names);
    const ru = renderDomain(lawful, "english text", "ru", names);
    const zh = renderDomain(lawful, "english text", "zh", names);
    expect(en).toContain("China");
    expect(ru).not.toBe(en);
    expect(zh).not.toBe(en);
    expect(ru).toMatch(/[а-я]/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("shows the gap's target (risk.gapLost) by its name, not the gap id", () => {
    const lost: DomainMessage = {
      code: "risk.gapLost",
      params: {
        input: { kind: "input", id: "N7", name: "EDA and Core IP" },
        target: { kind: "target", id: "coprocessor" },
        what: {
          kind: "message",
          message: { code: "risk.onlySupplierDropped", params: { partner: { kind: "partner", id: "chn" } } },
        },
      },
    };
    const en = renderDomain(lost, undefined, "en", names);
    expect(en).toBe("EDA and Core IP (Co-processor): the only lawful supplier, China, dropped out");
    expect(renderDomain(lost, undefined, "ru", names)).not.toMatch(/[a-z]+:N\d+/);
  });

  it("falls back to the English string only when the message is absent", () => {
    expect(renderDomain(undefined, "stored before messages", "ru", names)).toBe("stored before messages");
    expect(renderDomain(null, undefined, "zh", names)).toBe("");
  });

  it("names partners, firms (both sides), models, targets, gaps and inputs instead of ids", () => {
    expect(nameIn(names, "partner", "chn")).toBe("China");
    expect(nameIn(names, "firm", "smic")).toBe("SMIC");
    expect(nameIn(names, "firm", "mikron")).toBe("Mikron");
    expect(nameIn(names, "model", "licence")).toBe("Licence");
    expect(nameIn(names, "target", "coprocessor")).toBe("Co-processor");
    expect(nameIn(names, "gap", "coprocessor:N7")).toBe("EDA and Core IP");
    expect(nameIn(names, "input", "N7")).toBe("EDA and Core IP");
    expect(nameIn(names, "partner", "unknown")).toBe("unknown");
    expect(nameIn(names, "partner", undefined)).toBe("—");
  });
});
