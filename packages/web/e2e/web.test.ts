import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWebOnce,
  chromiumPath,
  launchBrowser,
  ROOT,
  type RunningServer,
  startServer,
  signIn as signInAs,
} from "./harness.ts";
import { prohibitPartner, replaceablePartner } from "./scenario-change.ts";

const executable = chromiumPath();
const required = process.env.CHIPROAD_REQUIRE_CHROMIUM === "1";
if (!executable) {
  console.warn(
    `\n${"!".repeat(78)}\n!! Chromium not found (CHIPROAD_CHROMIUM_PATH or /usr/bin/chromium):` +
      ` the web end-to-end tests are SKIPPED.\n!! Install Debian's chromium or set CHIPROAD_CHROMIUM_PATH.\n${"!".repeat(78)}\n`,
  );
}

describe.runIf(!executable && required)("web end-to-end prerequisites", () => {
  it("has Chromium, because CHIPROAD_REQUIRE_CHROMIUM=1", () => {
    expect.fail("CHIPROAD_REQUIRE_CHROMIUM=1 but no Chromium at CHIPROAD_CHROMIUM_PATH or /usr/bin/chromium");
  });
});

const SCENARIO = "example-russia-coprocessor";
const JOB_TIMEOUT = 90_000;

describe.runIf(executable)("the web UI in Chromium against the real server", () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const buildMs = buildWebOnce();
    server = await startServer();
    browser = await launchBrowser(executable ?? "");
    context = browser.context;
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await signIn();
    console.log(`e2e: web build ${buildMs} ms (0 = up to date), server at ${server.url}`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  /** Signs in through the login page, as a person would; the session cookie then serves every page. */
  const signIn = () => signInAs(page, server.url);

  const open = async (hash: string) => {
    await page.goto(`${server.url}/${hash}`);
    await page.getByTestId("page-title").waitFor();
  };

  /** Runs the plan from the roadmap page and waits until the job reports success. */
  const runPlan = async () => {
    await page.getByTestId("run-plan").first().click();
    await page
      .locator('[data-testid="job-progress"][data-status="succeeded"]')
      .first()
      .waitFor({ timeout: JOB_TIMEOUT });
    await page.getByTestId("activity-row").first().waitFor();
  };

  /** Asks the API (not the UI under test) which used partner other partners can stand in for. */
  const pickReplaceablePartner = async () => {
    const response = await server.api(`/api/scenarios/${SCENARIO}/plans/latest`);
    const latest = (await response.json()) as { plan: Parameters<typeof replaceablePartner>[0] };
    const partner = replaceablePartner(latest.plan);
    expect(partner, "the plan uses a partner that other partners can replace").not.toBeNull();
    return partner ?? "";
  };

  const usedPartners = async () =>
    (
      await page
        .getByTestId("activity-row")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-partner") ?? ""))
    ).filter((p) => p !== "");

  it("opens the overview of the Russia example scenario", async () => {
    await open(`#/overview?s=${SCENARIO}`);
    await expect(page.getByTestId("page-title").textContent()).resolves.toContain("Overview");
    await expect(page.getByTestId("page-title").textContent()).resolves.toContain("Co-processor");
    // Twelve pages (Variants, Agreements, Working groups and Tracking among them), and Users for an admin.
    expect(await page.getByRole("navigation").getByRole("link").count()).toBe(13);
    expect(errors).toEqual([]);
  });

  it("plans the roadmap: Gantt bars, critical path and partner activities", async () => {
    await open(`#/roadmap?s=${SCENARIO}`);
    await runPlan();
    expect(await page.locator(".gantt .bar-wrapper").count()).toBeGreaterThan(0);
    expect(await page.locator('.gantt .bar-wrapper[class*="-crit"]').count()).toBeGreaterThan(0);
    expect((await usedPartners()).length).toBeGreaterThan(0);
    // Traceable: the plan shows where it comes from, and that compliance is not legal advice.
    const provenance = await page.getByTestId("plan-provenance").textContent();
    expect(provenance).toMatch(/sha256 [0-9a-f]{16}/);
    expect(provenance).toContain("profile standard, seed 1");
    expect(provenance).toContain("OFAC SDN");
    expect(provenance).toContain("not legal advice");
    expect(await page.getByTestId("plan-localization").textContent()).toMatch(/\d+(\.\d)?% from/);
  }, 120_000);

  it("drops a partner from the roadmap once its export-control rule prohibits the transfer", async () => {
    const partner = await pickReplaceablePartner();

    await open(`#/editor?s=${SCENARIO}`);
    const area = page.getByTestId("scenario-text");
    const change = prohibitPartner(await area.inputValue(), partner);
    await area.fill(change.text);
    await page.getByTestId("validation-state").getByText("valid", { exact: true }).waitFor();
    const { version } = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      version: number;
    };
    await page.getByTestId("save-scenario").click();
    await page
      .getByText(`version ${version + 1}`)
      .first()
      .waitFor();

    await open(`#/roadmap?s=${SCENARIO}`);
    await runPlan();
    await page.waitForFunction(
      ([p, rule]) =>
        document.querySelector(`[data-testid="rejected-row"][data-partner="${p}"][data-rule="${rule}"]`) !==
        null,
      [partner, change.rule] as const,
      { timeout: 20_000 },
    );
    expect(await usedPartners()).not.toContain(partner);
  }, 150_000);

  it("runs a what-if that blocks a partner and shows the diff against the baseline", async () => {
    const partner = await pickReplaceablePartner();
    await open(`#/roadmap?s=${SCENARIO}`);
    await page.getByTestId("activity-row").first().waitFor();
    await page
      .getByTestId("whatif-changes")
      .fill(`changes:\n  - { type: block-partner, partner: ${partner} }\n`);
    await page.getByTestId("whatif-run").click();
    await page.getByTestId("whatif-diff").waitFor({ timeout: JOB_TIMEOUT });
    const rows = await page.getByTestId("whatif-diff").locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    // The diff names the blocked partner by its display name, not its id.
    const doc = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      scenario: { partners: { id: string; name: string }[] };
    };
    const partnerName = doc.scenario.partners.find((p) => p.id === partner)?.name ?? partner;
    await expect(page.getByTestId("whatif-diff").textContent()).resolves.toContain(partnerName);
  }, 120_000);

  it(
    "sweeps the first two partners, available or blocked: four variants planned and risk-analysed on the server",
    async () => {
      await open(`#/sweeps?s=${SCENARIO}`);
      const grid = page.getByTestId("sweep-grid");
      await expect.poll(() => grid.inputValue()).toContain("block-partner");
      await page.getByTestId("sweep-samples").fill("20");
      await page.getByTestId("run-sweep").click();
      await page
        .locator('[data-testid="sweep"][data-status="succeeded"]')
        .waitFor({ timeout: 3 * JOB_TIMEOUT });
      const rows = page.getByTestId("sweep-row");
      expect(await rows.count()).toBe(4);
      expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute("data-status")))).toEqual(
        Array(4).fill("succeeded"),
      );
      // The table is the API's answer: the dimensions are the first two partners, by display name.
      const [newest] = (await (await server.api(`/api/scenarios/${SCENARIO}/sweeps`)).json()) as {
        id: string;
      }[];
      const sweep = (await (await server.api(`/api/scenarios/${SCENARIO}/sweeps/${newest!.id}`)).json()) as {
        samples: number;
        dimensions: string[];
        rows: { p50: string | null }[];
      };
      expect(sweep.samples).toBe(20);
      expect(sweep.rows).toHaveLength(4);
      const doc = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
        scenario: { partners: { name: string }[] };
      };
      expect(sweep.dimensions).toEqual(doc.scenario.partners.slice(0, 2).map((p) => p.name));
      const header = (await page.getByTestId("sweep-table").locator("thead").textContent()) ?? "";
      for (const d of sweep.dimensions) expect(header).toContain(d);
      // Another scenario starts afresh: its own partners in the grid, none of the Russia sweep.
      const india = "example-india-mcu-osat";
      const other = (await (await server.api(`/api/scenarios/${india}`)).json()) as {
        scenario: { partners: { id: string }[] };
      };
      const listed = (await (await server.api("/api/scenarios")).json()) as {
        id: string;
        name: string;
        version: number;
      }[];
      const target = listed.find((x) => x.id === india)!;
      // As a person switches: the header's scenario menu (the page stays mounted).
      await page.getByTestId("scenario-select").click();
      await page.getByRole("option", { name: `${target.name} · v${target.version}` }).click();
      await expect.poll(() => grid.inputValue()).toContain(`partner: "${other.scenario.partners[0]!.id}"`);
      expect(await page.getByTestId("sweep").count()).toBe(0);
      expect(errors).toEqual([]);
    },
    4 * JOB_TIMEOUT,
  );

  it("switches the whole UI to Russian and Chinese, numbers and dates included", async () => {
    await open(`#/roadmap?s=${SCENARIO}`);
    await page.getByTestId("activity-row").first().waitFor();
    await page.getByTestId("language-switch").getByText("РУ", { exact: true }).click();
    await expect(page.getByTestId("page-title").textContent()).resolves.toBe("Дорожная карта");
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    await expect(page.getByRole("navigation").textContent()).resolves.toContain("Модели сотрудничества");
    await expect(page.getByTestId("plan-summary").textContent()).resolves.toMatch(/\d{4}\s*г\./);
    await expect(page.getByTestId("plan-provenance").textContent()).resolves.toContain(
      "это не юридическая консультация",
    );

    await page.getByTestId("language-switch").getByText("中文", { exact: true }).click();
    await expect(page.getByTestId("page-title").textContent()).resolves.toBe("路线图");
    await expect(page.getByTestId("plan-summary").textContent()).resolves.toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日/,
    );
    await page.getByTestId("nav-partners").click();
    await expect(page.getByTestId("page-title").textContent()).resolves.toBe("合作伙伴");
    // Why each sanctions hit matched (the list, the name, the words paired), in the page's language.
    const why = page.getByTestId("report-screening").getByTestId("match-reasons").first();
    await expect(why.textContent()).resolves.toMatch(/^原因: 名单.*匹配/);

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await expect(page.getByTestId("page-title").textContent()).resolves.toBe("Partners");
    expect(errors).toEqual([]);
  }, 60_000);

  it("saves a partner's collaboration-model parameters from the designer as a new version", async () => {
    const before = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      version: number;
    };
    await open(`#/models?s=${SCENARIO}`);
    await page.getByTestId("partner-designer").waitFor();
    await page
      .getByLabel(/^Cost factor of offer/)
      .first()
      .fill("1.35");
    await page.getByTestId("designer-save").click();
    await page.getByTestId("designer-saved").waitFor();
    const after = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      version: number;
      content: string;
    };
    expect(after.version).toBe(before.version + 1);
    expect(after.content).toContain("costFactor: 1.35");
    expect(after.content).toContain("# Example programme"); // the designer keeps the author's comments
  }, 60_000);

  it("shows a conflict instead of overwriting when someone saved meanwhile (If-Match, 409)", async () => {
    await open(`#/editor?s=${SCENARIO}`);
    const area = page.getByTestId("scenario-text");
    const text = await area.inputValue();
    await area.fill(`${text}\n# edited in the browser\n`);
    const current = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      version: number;
      content: string;
    };
    const concurrent = await server.api(`/api/scenarios/${SCENARIO}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "if-match": `"${current.version}"` },
      body: JSON.stringify({ content: `${current.content}\n# edited elsewhere\n` }),
    });
    expect(concurrent.status).toBe(200);
    await page.getByTestId("save-scenario").click();
    await page.getByTestId("conflict-alert").waitFor();
    const latest = (await (await server.api(`/api/scenarios/${SCENARIO}`)).json()) as {
      content: string;
    };
    expect(latest.content).toContain("# edited elsewhere");
    expect(latest.content).not.toContain("# edited in the browser");
  }, 60_000);

  it("lets the admin create an account on the Users page; the new account can sign in", async () => {
    await page.getByTestId("user-menu").click();
    await page.getByTestId("menu-users").click();
    await page.getByTestId("users-table").waitFor();
    await page.getByTestId("new-username").fill("olga");
    await page.getByTestId("new-password").fill("violet harbour lantern");
    await page.getByTestId("create-user-submit").click();
    await page.locator('[data-testid="user-row"][data-username="olga"]').waitFor();
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "olga", password: "violet harbour lantern" }),
    });
    expect(await login.json()).toMatchObject({ username: "olga", role: "viewer" });
  }, 60_000);

  it.runIf(process.env.CHIPROAD_SCREENSHOT === "1")(
    "captures the roadmap for the README",
    async () => {
      await open(`#/roadmap?s=${SCENARIO}`);
      await page.locator(".gantt .bar-wrapper").first().waitFor();
      // Hash navigation keeps the document, and with it the previous page's scroll position.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      mkdirSync(join(ROOT, "docs"), { recursive: true });
      await page.screenshot({ path: join(ROOT, "docs", "roadmap.png") });
    },
    60_000,
  );

  it("signs out from the user menu: the login page returns and the old session is refused", async () => {
    const cookies = await context.cookies(server.url);
    const session = cookies.find((c) => c.name === "chiproad_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Strict");
    await page.getByTestId("user-menu").click();
    await page.getByTestId("logout").click();
    await page.getByTestId("login-form").waitFor();
    const stale = await fetch(`${server.url}/api/scenarios`, {
      headers: { cookie: `chiproad_session=${session?.value ?? ""}` },
    });
    expect(stale.status).toBe(401);
    expect(errors).toEqual([]);
  }, 60_000);
});
