import { describe, expect, it } from "vitest";
import { samplePath } from "../source.ts";
import { loadListRelease } from "./lists/load-list.ts";
import { type Counterparty, diffScreenings } from "./rescreen-diff.ts";

const parties: Counterparty[] = [
  { id: "p-zakharov", name: "Захаров Александр Вячеславович", country: "RU" },
  { id: "p-yantu", name: "深圳研途进出口有限公司", country: "CN" },
  { id: "p-mikron", name: "АО «Микрон»", country: "RU" },
  { id: "p-baikal", name: "Байкал Электроникс" },
  { id: "p-unrelated", name: "Müller Präzisionsoptik GmbH", country: "DE" },
];

describe("diffScreenings between two releases of the UK list", () => {
  it("raises exactly one added and one removed alert and none for unchanged parties", async () => {
    const v1 = await loadListRelease(samplePath("lists", "uk-v1", "ConList.csv"));
    const v2 = await loadListRelease(samplePath("lists", "uk-v2", "ConList.csv"));
    const alerts = diffScreenings(parties, v1.entities, v2.entities);
    expect(alerts).toHaveLength(2);
    expect(alerts).toContainEqual({
      party: "p-yantu",
      partyName: "深圳研途进出口有限公司",
      kind: "added",
      entityId: "uk-16402",
      entityName: "SHENZHEN YANTU IMPORT EXPORT CO LTD",
      list: "UK Consolidated List",
      newVersion: v2.version,
      newScore: 1,
      // The UK list carries the firm's Chinese name as its non-Latin-script alias: that is what matched.
      matchedName: "深圳研途进出口有限公司",
      publicationDate: "2024-05-09",
    });
    const removed = alerts.find((a) => a.kind === "removed");
    expect(removed).toMatchObject({
      party: "p-zakharov",
      entityId: "uk-15605",
      oldVersion: v1.version,
      // The UK list carries the Cyrillic name as its non-Latin-script alias: that is what matched.
      matchedName: "Захаров Александр Вячеславович",
      publicationDate: "2024-05-02",
    });
    expect(removed?.oldScore).toBeGreaterThanOrEqual(0.8);
    expect(removed?.newScore).toBeUndefined();
  });

  it("reports a changed score when a listing gains the party's birth date", async () => {
    const v1 = await loadListRelease(samplePath("lists", "uk-v1", "ConList.csv"));
    const withoutBirth = v1.entities.map((e) => {
      const { birthDate: _drop, ...rest } = e;
      return { ...rest, datasetVersion: "UK test without birth dates" };
    });
    const party: Counterparty = { id: "p", name: "Aleksandr Zakharov", birthDate: "1965-09-21" };
    const alerts = diffScreenings([party], withoutBirth, v1.entities);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: "changed",
      entityId: "uk-15605",
      oldVersion: "UK test without birth dates",
      newVersion: v1.version,
    });
    expect(alerts[0]!.newScore!).toBeGreaterThan(alerts[0]!.oldScore!);
  });
});
