import { describe, expect, it } from "vitest";
import { samplePath } from "../../source.ts";
import { listVersions } from "../list-versions.ts";
import { loadEntities, SAMPLE_LIST_FILES } from "../load-entities.ts";
import { ScreeningIndex } from "../screening-index.ts";
import { loadListRelease } from "./load-list.ts";

const fixture = (...p: string[]) => samplePath("lists", ...p);
const broken = (name: string) => samplePath("broken", "lists", name);

describe("list importers on each public format", () => {
  it.each([
    ["ofac-sdn.xml", "OFAC SDN", "ofac-xml", "2024-05-03", 4],
    ["ofac-consolidated.xml", "OFAC Consolidated (non-SDN)", "ofac-xml", "2024-04-26", 2],
    ["ofac-cons/cons_prim.csv", "OFAC Consolidated (non-SDN)", "ofac-cons-csv", "2024-04-26", 2],
    ["eu-fsf.xml", "EU FSF", "eu-fsf-xml", "2024-05-03", 3],
    ["un-consolidated.xml", "UN SC", "un-sc-xml", "2024-05-02", 3],
    ["uk-v1/ConList.csv", "UK Consolidated List", "uk-conlist-csv", "2024-05-02", 3],
  ])("reads %s as %s with its publication date on every entity", async (file, list, format, date, count) => {
    const release = await loadListRelease(fixture(...file.split("/")));
    expect(release).toMatchObject({ list, format, publicationDate: date });
    expect(release.version).toContain(date);
    expect(release.entities).toHaveLength(count);
    for (const e of release.entities) {
      expect(e).toMatchObject({ list, datasetVersion: release.version, publicationDate: date });
    }
  });

  it("keeps names, native-script aliases, birth dates and identifiers", async () => {
    const eu = await loadListRelease(fixture("eu-fsf.xml"));
    expect(eu.entities.find((e) => e.id === "eu-139950")).toMatchObject({
      schema: "Person",
      name: "Aleksandr Vyacheslavovich Zakharov",
      aliases: ["Захаров Александр Вячеславович"],
      birthDate: "1965-09-21",
      countries: ["RUS"],
    });
    const un = await loadListRelease(fixture("un-consolidated.xml"));
    expect(un.entities.find((e) => e.id === "un-KPe.001")?.aliases).toEqual([
      "조선광업개발무역회사",
      "CHANGGWANG SINYONG CORPORATION",
      "KOMID",
    ]);
    const uk = await loadListRelease(fixture("uk-v1", "ConList.csv"));
    expect(uk.entities.find((e) => e.id === "uk-15605")).toMatchObject({
      name: "Aleksandr Vyacheslavovich ZAKHAROV",
      aliases: ["Захаров Александр Вячеславович", "Alexander ZAHAROV"],
      birthDate: "1965-09-21",
    });
    const ofac = await loadListRelease(fixture("ofac-sdn.xml"));
    expect(ofac.entities.find((e) => e.id === "ofac-45937")).toMatchObject({
      name: "ZAKHAROV, Aleksandr Vyacheslavovich",
      aliases: ["Aleksandr Vyacheslavovich ZAKHAROV"],
      birthDate: "1965-09-21",
    });
  });
});

describe("malformed list files are rejected with a location and nothing returned", () => {
  it.each([
    [
      "eu-truncated.xml",
      /eu-truncated\.xml:\d+:1: the XML ends with .*<export>.* still open; the file looks truncated/,
    ],
    [
      "eu-no-name.xml",
      /eu-no-name\.xml:\/export\/sanctionEntity\[2\]\/nameAlias: expected at least one nameAlias/,
    ],
    [
      "ofac-bad-date.xml",
      /ofac-bad-date\.xml:\/sdnList\/publshInformation\/Publish_Date: expected the publication date as MM\/DD\/YYYY/,
    ],
    ["uk-wrong-columns.csv", /uk-wrong-columns\.csv:4:1: expected 36 columns, got 33/],
    ["uk-wrong-header.csv", /uk-wrong-header\.csv:2:1: expected a column "Group ID"/],
    ["uk-latin1.csv", /uk-latin1\.csv:6:\d+: .*UTF-8/],
    ["un-empty.xml", /un-empty\.xml:1:1: the UN SC file holds no entities; an empty list is refused/],
  ])("%s", async (file, message) => {
    await expect(loadListRelease(broken(file))).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(message),
    });
  });
});

describe("damaged XML found by the property test (regressions)", () => {
  it("rejects a NUL byte inside the XML declaration at its line and column instead of crashing", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const bytes = readFileSync(fixture("eu-fsf.xml"));
    bytes[29] = 0;
    const file = join(mkdtempSync(join(tmpdir(), "chiproad-nul-")), "eu-fsf.xml");
    writeFileSync(file, bytes);
    await expect(loadListRelease(file)).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: `${file}:1:30: control character U+0000 is not allowed in XML; download the list file again`,
    });
  });
});

describe("several lists merged side by side", () => {
  it("finds the same firm on three lists, each match naming its list, version, date and matched name", async () => {
    const entities = await loadEntities([
      fixture("ofac-sdn.xml"),
      fixture("eu-fsf.xml"),
      fixture("uk-v2", "ConList.csv"),
    ]);
    const { matches } = new ScreeningIndex(entities).screen({ name: "АО «Микрон»" });
    const byList = new Map(matches.map((m) => [m.list, m]));
    expect([...byList.keys()].sort()).toEqual(["EU FSF", "OFAC SDN", "UK Consolidated List"]);
    // The EU list carries the Cyrillic name itself: that is the spelling named for a Cyrillic query; OFAC
    // lists only Latin names, and "JOINT STOCK COMPANY MIKRON" reads as the same word "mikron".
    expect(byList.get("EU FSF")).toMatchObject({
      matchedName: "АО «Микрон»",
      publicationDate: "2024-05-03",
    });
    expect(byList.get("OFAC SDN")).toMatchObject({
      matchedName: "JOINT STOCK COMPANY MIKRON",
      publicationDate: "2024-05-03",
    });
    expect(byList.get("UK Consolidated List")).toMatchObject({
      matchedName: "АО «Микрон»",
      datasetVersion: expect.stringMatching(/^UK Consolidated List 2024-05-09/),
    });
  });

  it("names every merged release with its publication date, for provenance", async () => {
    const entities = await loadEntities([fixture("un-consolidated.xml"), fixture("eu-fsf.xml")]);
    expect(listVersions(entities).map((v) => [v.name, v.date])).toEqual([
      ["EU FSF", "2024-05-03"],
      ["UN SC", "2024-05-02"],
    ]);
  });

  it("still finds the shipped examples' known hits after an unrelated list is imported beside them", async () => {
    const index = new ScreeningIndex(
      await loadEntities([...SAMPLE_LIST_FILES, fixture("un-consolidated.xml")]),
    );
    for (const [name, expected] of [
      ["Baikal Electronics", "BAIKAL ELECTRONICS JSC"],
      ["MCST", "JSC MOSCOW CENTER OF SPARC TECHNOLOGIES"],
      ["Mikron", "JOINT STOCK COMPANY MIKRON"],
    ] as const) {
      expect(
        index.screen({ name }).matches.map((m) => m.name),
        name,
      ).toContain(expected);
    }
    expect(index.screen({ name: "조선광업개발무역회사" }).matches[0]?.id).toBe("un-KPe.001");
  });
});
