import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWebOnce,
  chromiumPath,
  launchBrowser,
  ROOT,
  type RunningServer,
  signIn,
  startServer,
} from "./harness.ts";

const executable = chromiumPath();
const VNM = "example-vietnam-fab-osat";
const JOB_TIMEOUT = 120_000;

/**
 * Issue 13's execution tracking in Chromium: the Viet Nam programme is planned without actuals and
 * that plan saved as a baseline on the Tracking page; the scenario then records its slipping actuals
 * and is re-planned; the page shows the forecast against the baseline (slip, chart, tables) in
 * English and Russian; the roadmap offers the decision brief in the UI language.
 */
describe.runIf(executable)("execution tracking and the brief in the web UI", () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const errors: string[] = [];
  const text = readFileSync(join(ROOT, "examples/vietnam-fab-osat.yaml"), "utf8");
  const withoutActuals = text.slice(0, text.indexOf("\nactuals:"));

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await server.api(path, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const plan = async () => {
    const { jobId } = (await call("POST", `/api/scenarios/${VNM}/plans`, { profile: "quick", seed: 1 })) as {
      jobId: string;
    };
    const deadline = Date.now() + JOB_TIMEOUT;
    for (;;) {
      const job = (await call("GET", `/api/jobs/${jobId}`)) as { status: string };
      if (job.status === "succeeded") return;
      if (job.status !== "queued" && job.status !== "running") throw new Error(`plan job ${job.status}`);
      if (Date.now() > deadline) throw new Error("plan job too slow");
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const version = async () => ((await call("GET", `/api/scenarios/${VNM}`)) as { version: number }).version;

  beforeAll(async () => {
    buildWebOnce();
    server = await startServer();
    await call(
      "PUT",
      `/api/scenarios/${VNM}`,
      { content: withoutActuals },
      { "if-match": `"${await version()}"` },
    );
    await plan();
    browser = await launchBrowser(executable ?? "");
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await signIn(page, server.url);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it("saves the latest plan as a baseline; with no actuals the forecast has not slipped", async () => {
    await page.goto(`${server.url}/#/tracking?s=${VNM}`);
    await page.getByTestId("no-baselines").waitFor();
    await page.getByTestId("baseline-name").fill("Approved plan");
    await page.getByTestId("save-baseline").click();
    await page.getByTestId("variance").waitFor();
    expect(await page.getByTestId("completion-slip").textContent()).toBe("slip 0 days");
    const baselines = (await (await server.api(`/api/scenarios/${VNM}/baselines`)).json()) as {
      name: string;
    }[];
    expect(baselines.map((b) => b.name)).toEqual(["Approved plan"]);
  });

  it("shows the forecast re-planned from slipping actuals against the baseline, in en and ru", async () => {
    await call("PUT", `/api/scenarios/${VNM}`, { content: text }, { "if-match": `"${await version()}"` });
    await plan();
    const variance = (await call("GET", `/api/scenarios/${VNM}/baselines/Approved%20plan/variance`)) as {
      variance: {
        totals: { completionSlipDays: number };
        activities: { activity: string; status: string; slipDays: number | null }[];
      };
    };
    const slip = variance.variance.totals.completionSlipDays;
    expect(slip).toBeGreaterThan(0);
    // The plan ran through the API, not the page: reload as a user coming back later would.
    await page.goto(`${server.url}/#/tracking?s=${VNM}`);
    await page.reload();
    await page.getByTestId("variance").waitFor();
    await page.waitForFunction(
      (days) =>
        document.querySelector('[data-testid="completion-slip"]')?.textContent === `slip ${days} days`,
      slip,
    );
    // The chart draws a baseline and a forecast bar for a finished activity that slipped.
    const late = variance.variance.activities.find((a) => a.status === "finished" && (a.slipDays ?? 0) > 0);
    expect(late, JSON.stringify(variance.variance.activities.slice(0, 8))).toBeDefined();
    const bars = page.locator(`[data-testid="variance-chart"] g[data-activity="${late?.activity}"] rect`);
    expect(await bars.count()).toBe(2);
    const row = page.locator(`[data-testid="variance-table"] tr[data-activity="${late?.activity}"]`);
    expect(await row.textContent()).toContain("finished");
    // Names, not ids; dates per locale.
    expect(await page.getByTestId("variance-table").textContent()).not.toMatch(/\b[a-z]+:[A-Z]\d+/);
    if (process.env.CHIPROAD_SCREENSHOT) await page.screenshot({ path: "/tmp/tracking.png", fullPage: true });

    await page.getByTestId("language-switch").getByText("РУ", { exact: true }).click();
    await page.getByRole("heading", { name: "Контроль исполнения" }).waitFor();
    expect(await page.getByTestId("completion-slip").textContent()).toMatch(
      /^отставание \d+ (день|дня|дней)$/,
    );
    expect(await row.textContent()).toContain("завершено");
    expect(errors).toEqual([]);
  });

  it("offers the decision brief of the latest plan in the UI language on the roadmap", async () => {
    await page.goto(`${server.url}/#/roadmap?s=${VNM}`);
    const pdf = page.getByTestId("brief-pdf");
    await pdf.waitFor();
    const href = await pdf.getAttribute("href");
    expect(href).toBe(`/api/scenarios/${VNM}/brief?lang=ru&format=pdf`);
    // The link works with the browser's session: a PDF comes back.
    const status = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const head = new Uint8Array(await res.arrayBuffer()).slice(0, 5);
      return `${res.status} ${res.headers.get("content-type")} ${String.fromCharCode(...head)}`;
    }, href ?? "");
    expect(status).toBe("200 application/pdf %PDF-");
  });
});
