import { describe, expect, it } from "vitest";
import { nameTokens } from "./normalize.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";

describe("legal forms of the jurisdictions lists carry are dropped", () => {
  it("drops Malaysian, Indonesian, Gulf, Iranian and Central European forms", () => {
    expect(nameTokens("KARYA MAKMUR SDN. BHD.")).toEqual(["karya", "makmur"]);
    expect(nameTokens("PT KARYA MAKMUR TBK")).toEqual(["karya", "makmur"]);
    expect(nameTokens("AL NOOR GENERAL TRADING EST")).toEqual(["al", "noor", "general", "trading"]);
    expect(nameTokens("SHERKAT-E SAHAMI-E KHASS PARS ARYA")).toEqual(["pars", "arya"]);
    expect(nameTokens("DUNAV KFT")).toEqual(["dunav"]);
    expect(nameTokens("ORBIS DMCC")).toEqual(["orbis"]);
  });

  it("finds a firm listed with its legal form when screened without it, or with another", () => {
    const index = new ScreeningIndex([
      entity("karya", "KARYA MAKMUR SDN BHD"),
      entity("orbis", "ORBIS METALS FZ-LLC"),
      ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
    ]);
    expect(index.screen({ name: "KARYA MAKMUR" }).matches[0]).toMatchObject({ id: "karya", score: 1 });
    expect(index.screen({ name: "ORBIS METALS LLC" }).matches[0]).toMatchObject({ id: "orbis", score: 1 });
  });
});

describe("company words in the plurals and abbreviations lists print them", () => {
  it("reads HOLDINGS, HLDGS, MFG, SVCS and SHPG as the company words they abbreviate", () => {
    expect(nameTokens("ALFA HOLDINGS")).toEqual(["alfa", "holding"]);
    expect(nameTokens("ALFA HLDGS")).toEqual(["alfa", "holding"]);
    expect(nameTokens("DELTA MFG SVCS")).toEqual(["delta", "manufacturing", "services"]);
    expect(nameTokens("OMEGA SHPG")).toEqual(["omega", "shipping"]);
  });
});
