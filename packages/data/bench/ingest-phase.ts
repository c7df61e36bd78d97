/**
 * One ingest measurement in its own process, so that its peak RSS is its own. Prints one JSON line.
 * Phases: raw (line splitting of the same file: the parser ceiling), scan (BACI scanner, counting rows),
 * import (importTradeFile with the default 8541/8542 filter, building flow objects).
 */
import { open } from "node:fs/promises";
import { importTradeFile, scanBaci } from "../src/index.ts";

const [phase, file] = process.argv.slice(2) as [string, string];
const start = performance.now();
const cpuStart = process.cpuUsage();
let rows = 0;
let kept = 0;
if (phase === "raw") {
  // The ceiling: the same reads into one reused buffer and a byte loop that only finds line ends.
  const buf = Buffer.allocUnsafe(1 << 20);
  const handle = await open(file, "r");
  for (;;) {
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    for (let p = 0; p < bytesRead; p++) if (buf[p] === 10) rows++;
  }
  await handle.close();
  rows -= 1; // header
} else if (phase === "scan") {
  let sum = 0;
  rows = (
    await scanBaci(file, (r) => {
      sum += r.v;
    })
  ).rows;
  kept = sum > 0 ? rows : 0;
} else {
  const r = await importTradeFile(file, { format: "baci" });
  rows = r.rows;
  kept = r.flows.length;
}
const seconds = (performance.now() - start) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const cpu = process.cpuUsage(cpuStart);
// Wall time depends on other load on a shared machine; CPU time is what the parser itself costs.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({ phase, rows, kept, seconds, rowsPerSecond: rows / seconds, cpuSeconds, rowsPerCpuSecond: rows / cpuSeconds, maxRssMb })}\n`,
);
