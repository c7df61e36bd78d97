import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const SAMPLES = join(import.meta.dirname, "..", "..", "..", "data", "samples");
const UK_V1 = join(SAMPLES, "lists", "uk-v1", "ConList.csv");
const UK_V2 = join(SAMPLES, "lists", "uk-v2", "ConList.csv");

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "screen-diff-")), name);
  writeFileSync(path, text);
  return path;
}

const PARTIES_JSON = `[
  "Захаров Александр Вячеславович",
  { "id": "yantu", "name": "深圳研途进出口有限公司", "country": "CN" },
  { "id": "mikron", "name": "АО «Микрон»", "country": "RU" },
  "Müller Präzisionsoptik GmbH"
]
`;

interface Diff {
  old: { name: string; version: string }[];
  new: { name: string; version: string }[];
  parties: number;
  alerts: { party: string; kind: string; entityId: string; list: string; matchedName: string }[];
}

describe("chiproad screen diff", () => {
  it("prints exactly the hit added and the hit removed between two UK list releases, none for unchanged parties", async () => {
    const r = await runCli(
      "screen",
      "diff",
      "--old",
      UK_V1,
      "--new",
      UK_V2,
      "--parties",
      file("p.json", PARTIES_JSON),
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as Diff;
    expect(diff.parties).toBe(4);
    expect(diff.old[0]?.version).toMatch(/^UK Consolidated List 2024-05-02/);
    expect(diff.new[0]?.version).toMatch(/^UK Consolidated List 2024-05-09/);
    expect(diff.alerts.map((a) => [a.kind, a.party, a.entityId, a.matchedName])).toEqual([
      ["added", "yantu", "uk-16402", "深圳研途进出口有限公司"],
      ["removed", "1", "uk-15605", "Захаров Александр Вячеславович"],
    ]);
  });

  it("reads parties from CSV and prints text with list, release and matched name", async () => {
    const csv = file(
      "parties.csv",
      'name,country\n"Захаров Александр Вячеславович",RU\n"Müller Präzisionsoptik GmbH",DE\n',
    );
    const r = await runCli(
      "screen",
      "diff",
      "--old",
      UK_V2,
      "--new",
      UK_V1,
      "--parties",
      csv,
      "--format",
      "text",
    );
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[2]).toBe("2 parties: 1 added, 0 removed, 0 changed");
    expect(lines.slice(3)).toHaveLength(1);
    expect(lines[3]).toMatch(
      /^added +Захаров Александр Вячеславович \[1\] +UK Consolidated List 2024-05-02 .*matched "Захаров Александр Вячеславович" = .*\[uk-15605\] +score — → 1\.00$/,
    );
  });

  it("prints no alerts for the same release on both sides", async () => {
    const r = await runCli(
      "screen",
      "diff",
      "--old",
      UK_V1,
      "--new",
      UK_V1,
      "--parties",
      file("p.json", PARTIES_JSON),
    );
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Diff).alerts).toEqual([]);
  });

  it("exits 2 naming file:line for bad parties and bad lists, printing nothing on stdout", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["--parties", file("bad.json", '[\n  "ok",\n  { "nam": "x" }\n]\n')],
        /bad\.json:3:3: parties\[1\]: unknown field "nam"/,
      ],
      [
        ["--parties", file("syntax.json", '[\n  "ok",\n  { "name": }\n]\n')],
        /syntax\.json:3:\d+: not valid JSON/,
      ],
      [["--parties", file("empty.csv", "name\n")], /empty\.csv:1:1: no parties/],
      [["--parties", file("noname.csv", "country\nRU\n")], /noname\.csv:1/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli("screen", "diff", "--old", UK_V1, "--new", UK_V2, ...args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
    const broken = join(SAMPLES, "broken", "lists", "uk-wrong-columns.csv");
    const r = await runCli(
      "screen",
      "diff",
      "--old",
      UK_V1,
      "--new",
      broken,
      "--parties",
      file("p.json", PARTIES_JSON),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/uk-wrong-columns\.csv:\d+/);
    const missing = await runCli("screen", "diff", "--old", UK_V1, "--new", UK_V2);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--parties/);
  });
});
