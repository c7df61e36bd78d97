/**
 * Writes the SYNTHETIC trade fixtures in samples/trade/. The numbers are invented (a base value per
 * importer/exporter pair × a product weight × a per-exporter growth rate, rounded); they only look like
 * chip trade so that demos and tests have something in the real BACI and Comtrade layouts.
 * Run: npx tsx packages/data/bench/make-trade-samples.ts
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "../samples/trade");

// BACI numeric codes: 490 = Taiwan ("Other Asia, nes"), 699 = India, 842 = USA.
const EXPORTERS: [number, number, number][] = [
  // code, base value (thousand USD), yearly growth
  [490, 900_000, 0.06],
  [410, 500_000, 0.03],
  [156, 650_000, 0.12],
  [392, 220_000, -0.02],
  [842, 300_000, 0.01],
  [458, 260_000, 0.09],
  [702, 180_000, 0.04],
  [704, 90_000, 0.25],
  [276, 70_000, 0.0],
  [608, 60_000, 0.05],
];
const IMPORTERS: [number, number][] = [
  [699, 1.0],
  [704, 1.6],
  [276, 1.2],
  [76, 0.4],
  [484, 0.9],
  [643, 0.5],
];
const PRODUCTS: [string, number][] = [
  ["854231", 0.45],
  ["854232", 0.3],
  ["854233", 0.05],
  ["854239", 0.2],
  ["854110", 0.03],
  ["854129", 0.04],
  ["847130", 0.5], // laptops: outside the chip filter on purpose
];

const lines = ["t,i,j,k,v,q"];
for (let t = 2019; t <= 2023; t++) {
  for (const [j, size] of IMPORTERS) {
    for (const [i, base, growth] of EXPORTERS) {
      if (i === j) continue;
      // a fixed, invented tilt so pairs differ: closer codes trade a little more
      const tilt = 1 + ((i * 7 + j * 3) % 11) / 20;
      for (const [k, weight] of PRODUCTS) {
        const v = base * size * weight * tilt * (1 + growth) ** (t - 2019);
        const q = k === "847130" ? "" : (v / 40).toFixed(3);
        lines.push(`${t},${i},${j},${k},${v.toFixed(3)},${q}`);
      }
    }
  }
}
writeFileSync(join(out, "baci-synthetic_HS17.csv"), `${lines.join("\n")}\n`);

const HEADER =
  "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";
const AREAS: Record<number, [string, string]> = {
  699: ["IND", "India"],
  50: ["BGD", "Bangladesh"],
  156: ["CHN", "China"],
  490: ["S19", "Other Asia, nes"],
  410: ["KOR", "Rep. of Korea"],
  0: ["W00", "World"],
};
const CMD: Record<string, string> = {
  "854231": "Electronic integrated circuits; processors and controllers",
  "854232": "Electronic integrated circuits; memories",
};
const row = (
  year: number,
  rep: number,
  flow: "M" | "X",
  par: number,
  cmd: string,
  value: number,
  customs = "C00",
) => {
  const [ri, rd] = AREAS[rep]!;
  const [pi, pd] = AREAS[par]!;
  const fields = [
    "C",
    "A",
    `${year}0101`,
    year,
    52,
    year,
    rep,
    ri,
    `"${rd}"`,
    flow,
    flow === "M" ? "Import" : "Export",
    par,
    pi,
    `"${pd}"`,
    0,
    "W00",
    "World",
    "H5",
    "HS",
    "TRUE",
    cmd,
    `"${CMD[cmd]}"`,
    6,
    "TRUE",
    customs,
    "",
    0,
    0,
    "TOTAL MOT",
    8,
    "kg",
    (value / 2000).toFixed(0),
    "FALSE",
    -1,
    "N/A",
    0,
    "FALSE",
    (value / 2000).toFixed(0),
    "FALSE",
    0,
    "FALSE",
    flow === "M" ? value : "",
    flow === "X" ? value : "",
    value,
    0,
    "TRUE",
    "FALSE",
  ];
  return `${fields.join(",")},`;
};
const ct = [HEADER];
for (const year of [2021, 2022]) {
  const g = year === 2022 ? 1.1 : 1;
  // India reports its imports (M)
  ct.push(row(year, 699, "M", 490, "854231", Math.round(1_200_000_000 * g)));
  ct.push(row(year, 699, "M", 156, "854231", Math.round(900_000_000 * g * g)));
  ct.push(row(year, 699, "M", 410, "854232", Math.round(700_000_000 / g)));
  ct.push(row(year, 699, "M", 0, "854231", Math.round(2_500_000_000 * g))); // World total: ignored
  ct.push(row(year, 699, "M", 490, "854231", 5_000_000, "C01")); // a customs-procedure breakdown: ignored
  // Bangladesh reports nothing: its imports come from partners' exports (mirror)
  ct.push(row(year, 156, "X", 50, "854231", Math.round(80_000_000 * g)));
  ct.push(row(year, 490, "X", 50, "854231", Math.round(30_000_000 * g)));
  ct.push(row(year, 410, "X", 50, "854232", Math.round(20_000_000 * g)));
  // China's exports to India are not used: India reports its own imports
  ct.push(row(year, 156, "X", 699, "854231", Math.round(850_000_000 * g)));
}
writeFileSync(join(out, "comtrade-plus-synthetic.csv"), `${ct.join("\n")}\n`);
process.stdout.write(`wrote ${lines.length - 1} BACI rows and ${ct.length - 1} Comtrade rows to ${out}\n`);
