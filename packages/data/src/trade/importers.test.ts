import { describe, expect, it } from "vitest";
import { loadEntities } from "../screening/load-entities.ts";
import { samplePath } from "../source.ts";
import { importTradeFile } from "./import-trade-file.ts";
import { SAMPLE_TRADE_FILES } from "./sample-trade.ts";

const broken = (name: string) => samplePath("broken", name);

describe("BACI importer", () => {
  it("turns i→j rows into import flows in USD with ISO alpha-3 codes (490 → TWN, 699 → IND)", async () => {
    const r = await importTradeFile(broken("baci-ok.csv"));
    expect(r.rows).toBe(2);
    expect(r.flows).toEqual([
      expect.objectContaining({
        year: 2022,
        reporter: "IND",
        partner: "TWN",
        hs: "854231",
        valueUsd: 1_000_500,
        quantity: 12.3,
      }),
      expect.objectContaining({
        year: 2022,
        reporter: "IND",
        partner: "KOR",
        hs: "854232",
        valueUsd: 500_000,
      }),
    ]);
    expect(r.flows[1]).not.toHaveProperty("quantity");
  });

  it("keeps only the requested HS codes and counts the rest as filtered", async () => {
    const all = await importTradeFile(SAMPLE_TRADE_FILES.baci, { hs: [] });
    const chips = await importTradeFile(SAMPLE_TRADE_FILES.baci);
    const memories = await importTradeFile(SAMPLE_TRADE_FILES.baci, { hs: ["854232"] });
    expect(all.flows.length).toBe(2030);
    expect(chips.flows.length).toBe(1740);
    expect(chips.filteredOut).toBe(290);
    expect(memories.flows.every((f) => f.hs === "854232")).toBe(true);
    expect(chips.source).toMatch(/SYNTHETIC/);
  });

  it.each([
    ["baci-wrong-header.csv", /baci-wrong-header\.csv:1:1: expected the BACI header "t,i,j,k,v,q"/],
    ["baci-unknown-code.csv", /baci-unknown-code\.csv:3:2: unknown exporter i country code 999/],
    ["baci-bad-number.csv", /baci-bad-number\.csv:3:5: expected a number in column v/],
    ["baci-truncated.csv", /baci-truncated\.csv:3:\d+: .*truncated/],
    [
      "baci-duplicate.csv",
      /baci-duplicate\.csv:3:1: duplicated flow t,i,j,k = 2022,490,699,854231 \(first on line 2\)/,
    ],
  ])("rejects %s as a whole with file:row:column", async (file, message) => {
    await expect(importTradeFile(broken(file), { format: "baci" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(message),
    });
  });

  it("detects a header that is neither BACI nor Comtrade", async () => {
    await expect(importTradeFile(broken("baci-wrong-header.csv"))).rejects.toThrow(
      /:1:1: expected a UN Comtrade header/,
    );
  });

  it("skips and counts bad rows only when asked", async () => {
    const r = await importTradeFile(broken("baci-unknown-code.csv"), { skipInvalid: true });
    expect(r.flows.length).toBe(1);
    expect(r.skipped).toBe(1);
    expect(r.skippedReasons[0]).toMatch(/:3:2: unknown exporter/);
  });
});

describe("Comtrade importer", () => {
  it("takes declared imports, ignores World and sub-totals, and mirrors a non-reporting importer", async () => {
    const r = await importTradeFile(SAMPLE_TRADE_FILES.comtrade);
    expect(r.filteredOut).toBe(4);
    const india2021 = r.flows.filter((f) => f.reporter === "IND" && f.year === 2021);
    expect(india2021.map((f) => [f.partner, f.valueUsd, f.mirrored ?? false])).toEqual([
      ["TWN", 1_200_000_000, false],
      ["CHN", 900_000_000, false],
      ["KOR", 700_000_000, false],
    ]);
    const bangladesh = r.flows.filter((f) => f.reporter === "BGD" && f.year === 2022);
    expect(bangladesh.map((f) => [f.partner, f.valueUsd, f.mirrored])).toEqual([
      ["CHN", 88_000_000, true],
      ["TWN", 33_000_000, true],
      ["KOR", 22_000_000, true],
    ]);
  });

  it("rejects a Latin-1 file with the position of the first bad byte, or decodes it when asked", async () => {
    await expect(importTradeFile(broken("comtrade-latin1.csv"))).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(/comtrade-latin1\.csv:2:\d+: expected UTF-8 text/),
    });
    const r = await importTradeFile(broken("comtrade-latin1.csv"), { latin1: true });
    expect(r.encoding).toBe("latin-1");
    expect(r.flows).toHaveLength(1);
  });

  it.each([
    ["comtrade-wrong-header.csv", /comtrade-wrong-header\.csv:1:1: expected a UN Comtrade header/],
    [
      "comtrade-truncated.csv",
      /comtrade-truncated\.csv:\d+:\d+: expected a closing quote; the file looks truncated/,
    ],
  ])("rejects %s", async (file, message) => {
    await expect(importTradeFile(broken(file), { format: "comtrade" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(message),
    });
  });
});

describe("list importers", () => {
  it("rejects an OFAC sdn.csv with the wrong number of columns", async () => {
    await expect(loadEntities([broken("ofac-bad/sdn.csv")])).rejects.toThrow(
      /ofac-bad\/sdn\.csv:1:1: expected 12 columns/,
    );
  });

  it("rejects FtM JSON Lines with the line of the broken entity", async () => {
    await expect(loadEntities([broken("ftm-bad-json.ftm.json")])).rejects.toThrow(
      /ftm-bad-json\.ftm\.json:2:\d+: expected a FollowTheMoney JSON entity/,
    );
  });

  it("reports a missing file as NOT_FOUND", async () => {
    await expect(loadEntities(["/nonexistent/sdn.csv"])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
