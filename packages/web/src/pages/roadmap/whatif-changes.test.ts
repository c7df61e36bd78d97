import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appendChange, blockPartnerChange, cutTrancheChange, delayTrancheChange } from "./whatif-changes.ts";

describe("what-if change-set builder", () => {
  it("writes a changes list the server's change-set schema reads", () => {
    let text = appendChange("", blockPartnerChange("chn"));
    text = appendChange(text, delayTrancheChange("frp-2023", "2023-06-01", 180));
    text = appendChange(text, cutTrancheChange("frp-2023", "2023-06-01", 0.5));
    expect(parse(text)).toEqual({
      changes: [
        { type: "block-partner", partner: "chn" },
        { type: "delay-tranche", instrument: "frp-2023", date: "2023-06-01", days: 180 },
        { type: "cut-tranche", instrument: "frp-2023", date: "2023-06-01", factor: 0.5 },
      ],
    });
  });
});
