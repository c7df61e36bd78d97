import { describe, expect, it } from "vitest";
import { rejectedOf } from "../../api/plan-fixture.ts";
import { groupRejected } from "./rejected-groups.ts";

describe("rejected options table", () => {
  it("shows an option rejected for several gaps once, listing the gaps", () => {
    const reason = "unlawful: prohibited by rule us-ear";
    const groups = groupRejected([
      rejectedOf({ activity: "t:N25:negotiate", partner: "kor", model: "jv", rule: "us-ear", reason }),
      rejectedOf({ activity: "t:N31:negotiate", partner: "kor", model: "jv", rule: "us-ear", reason }),
      rejectedOf({
        activity: "t:N25:negotiate",
        partner: "chn",
        model: "tt",
        rule: "fdp",
        reason: "unlawful: fdp",
      }),
    ]);
    expect(groups.map((g) => [g.partner, g.model, g.rule, g.activities.length])).toEqual([
      ["chn", "tt", "fdp", 1],
      ["kor", "jv", "us-ear", 2],
    ]);
  });
});
