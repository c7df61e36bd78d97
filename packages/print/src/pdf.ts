import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ChiproadError } from "@chiproad/data/errors";

/** Debian's Chromium, or CHIPROAD_CHROMIUM_PATH: the browser that prints briefs to PDF. */
export function chromiumExecutable(): string | null {
  const path = process.env.CHIPROAD_CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

/** The print before this one: prints run one after another (see htmlToPdf). */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Prints a self-contained HTML page to an A4 PDF with headless Chromium. The page is written to a
 * private temporary directory (so its `file:` font URLs load), printed once its fonts are ready,
 * and removed. Without Chromium: an error that says how to install it or to ask for HTML.
 *
 * One print at a time per process, the others waiting their turn: each starts a browser (several
 * processes, about a second of CPU), and 100 briefs asked for at once used to start 100 browsers
 * together (load average over 60 on two cores, every other request stalled).
 */
export function htmlToPdf(html: string): Promise<Buffer> {
  const turn = previous.then(() => print(html));
  previous = turn.catch(() => undefined);
  return turn;
}

async function print(html: string): Promise<Buffer> {
  const executablePath = chromiumExecutable();
  if (!executablePath)
    throw new ChiproadError(
      "INTERNAL",
      "printing a PDF needs Chromium: install it (Debian: apt-get install chromium) or set CHIPROAD_CHROMIUM_PATH; or ask for the HTML brief (format html)",
    );
  const { chromium } = await import("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), "chiproad-brief-"));
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const file = join(dir, "brief.html");
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return await page.pdf({ format: "A4", printBackground: true, tagged: true });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
