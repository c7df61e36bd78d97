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
const JOB_TIMEOUT = 90_000;

/**
 * The server tests' minimal scenario with two parties the UK sample list releases name: Zakharov (UK v1)
 * and Mikron (UK v1, also on the shipped OFAC sample). No lists named, so every list counts.
 */
const SCENARIO = readFileSync(join(ROOT, "packages/server/test/fixtures/minimal.yaml"), "utf8").replace(
  "firms: [{ id: fab, name: Domestic Fab JSC, country: RUS }]",
  `firms:
    - { id: fab, name: Domestic Fab JSC, country: RUS }
    - { id: zak, name: "Захаров Александр Вячеславович", country: RUS }`,
);

interface Alert {
  id: string;
  partyName: string;
  status: string;
  acknowledgedBy: string | null;
  note: string | null;
}

describe.runIf(executable)("sanctions alerts in Chromium against the real server", () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let scenarioId: string;
  const errors: string[] = [];

  const json = async <T>(res: Promise<Response>): Promise<T> => {
    const r = await res;
    if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const post = (path: string, body: unknown, type = "application/json") =>
    server.api(path, {
      method: "POST",
      headers: { "content-type": type },
      body:
        typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
    });
  const openAlerts = () => json<Alert[]>(server.api(`/api/alerts?scenario=${scenarioId}&status=open`));

  beforeAll(async () => {
    buildWebOnce();
    server = await startServer();
    browser = await launchBrowser(executable ?? "");
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    scenarioId = (
      await json<{ id: string }>(post("/api/scenarios", { name: "Alerts e2e", content: SCENARIO }))
    ).id;
    // A plan made before the new list version: the overview must then call it stale.
    const { jobId } = await json<{ jobId: string }>(
      post(`/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 1000, seed: 1 }),
    );
    const until = Date.now() + JOB_TIMEOUT;
    for (;;) {
      const job = await json<{ status: string }>(server.api(`/api/jobs/${jobId}`));
      if (job.status === "succeeded") break;
      if (job.status === "failed" || job.status === "cancelled" || Date.now() > until)
        throw new Error(`plan job ${job.status}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    const imported = await post(
      "/api/datasets/entities?format=uk",
      readFileSync(join(ROOT, "packages/data/samples/lists/uk-v1/ConList.csv")),
      "text/csv",
    );
    expect(imported.status).toBe(201);
    // The import answers at once; re-screening runs behind it.
    for (let i = 0; i < 100 && (await openAlerts()).length === 0; i++)
      await new Promise((r) => setTimeout(r, 300));
    await signIn(page, server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it("shows the open alerts and the stale-plan hint on the overview; acknowledging removes the alert, audited", async () => {
    const alerts = await openAlerts();
    expect(alerts.map((a) => a.partyName)).toContain("Захаров Александр Вячеславович");
    await page.goto(`${server.url}/#/overview?s=${scenarioId}`);
    await page.getByTestId("page-title").waitFor();
    await page.getByTestId("plan-stale").waitFor();
    expect(await page.getByTestId("plan-stale").textContent()).toContain("Захаров Александр Вячеславович");
    const rows = page.getByTestId("alert-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(alerts.length);
    const zakharov = rows.filter({ hasText: "Захаров Александр Вячеславович" });
    expect(await zakharov.textContent()).toContain("UK Consolidated List");
    expect(await zakharov.getByTestId("alert-score").textContent()).toMatch(/— → 100\s?%/);

    await zakharov.getByRole("textbox").fill("checked the listing: not our supplier");
    await zakharov.getByTestId("alert-acknowledge").click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(alerts.length - 1);
    const acked = await json<Alert[]>(server.api(`/api/alerts?scenario=${scenarioId}&status=acknowledged`));
    expect(acked).toHaveLength(1);
    const me = await json<{ id: string }>(server.api("/api/auth/me"));
    expect(acked[0]).toMatchObject({ note: "checked the listing: not our supplier", acknowledgedBy: me.id });
    const audit = await json<{ action: string; actor: string; targetId: string }[]>(
      server.api("/api/audit?limit=5"),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "alert.acknowledge", actor: me.id, targetId: acked[0]!.id }),
    );
    expect(errors).toEqual([]);
  });

  it("shows the open alerts on the partners page, in Russian and Chinese too", async () => {
    const open = await openAlerts();
    await page.goto(`${server.url}/#/partners?s=${scenarioId}`);
    await page.getByTestId("page-title").waitFor();
    const card = page.getByTestId("open-alerts");
    await card.waitFor();
    if (open.length === 0) await card.getByTestId("alerts-none").waitFor();
    else expect(await card.getByTestId("alert-row").count()).toBe(open.length);
    expect(await card.textContent()).toContain("Sanctions alerts");
    for (const [label, title] of [
      ["РУ", "Санкционные оповещения"],
      ["中文", "制裁警报"],
      ["EN", "Sanctions alerts"],
    ] as const) {
      await page.getByTestId("language-switch").getByText(label, { exact: true }).click();
      await expect.poll(() => card.textContent()).toContain(title);
    }
    expect(errors).toEqual([]);
  });
});
