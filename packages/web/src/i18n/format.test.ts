import { describe, expect, it } from "vitest";
import { makeFormat } from "./format.ts";

describe("locale-aware formatting", () => {
  it("groups thousands the way each language writes them", () => {
    expect(makeFormat("en").integer(1234567)).toBe("1,234,567");
    expect(makeFormat("ru").integer(1234567).replace(/\s/g, " ")).toBe("1 234 567");
    expect(makeFormat("zh").integer(1234567)).toBe("1,234,567");
  });

  it("writes calendar days without shifting them by the time zone", () => {
    expect(makeFormat("en").date("2025-03-01")).toBe("1 Mar 2025");
    expect(makeFormat("ru").date("2025-03-01")).toMatch(/^1 мар\.? 2025/);
    expect(makeFormat("zh").date("2025-03-01")).toBe("2025年3月1日");
  });

  it("writes money with its currency and a scale word per locale", () => {
    const nb = (s: string) => s.replace(/\s/g, " ");
    expect(nb(makeFormat("en").money(3e9, "RUB"))).toBe("RUB 3bn");
    expect(nb(makeFormat("ru").money(3e9, "RUB"))).toBe("3 млрд ₽");
    expect(makeFormat("zh").money(3e9, "RUB")).toBe("30亿俄罗斯卢布");
    expect(nb(makeFormat("en").money(85e6, "USD"))).toBe("USD 85m");
    expect(makeFormat("en").money(undefined, "USD")).toBe("—");
  });

  it("shows a dash for a missing value instead of NaN", () => {
    const format = makeFormat("en");
    expect(format.number(undefined)).toBe("—");
    expect(format.date("not a date")).toBe("—");
    expect(format.percent(0.257)).toBe("25.7%");
  });
});
