import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWebOnce,
  chromiumPath,
  E2E_ADMIN,
  launchBrowser,
  type RunningServer,
  startServer,
  signIn as signInAs,
} from "./harness.ts";

const executable = chromiumPath();
const SCENARIO = "example-russia-coprocessor";
const PASSWORD = "members e2e passphrase";

/** Per-programme roles in Chromium: the Members panel, members-only programmes, and who sees what. */
describe.runIf(executable)("programme members in the web UI", () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    buildWebOnce();
    server = await startServer();
    browser = await launchBrowser(executable ?? "");
    context = browser.context;
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    for (const [username, role] of [
      ["vera", "viewer"],
      ["anton", "analyst"],
    ]) {
      const res = await server.api("/api/users", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password: PASSWORD, role }),
      });
      expect(res.status).toBe(201);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  const signIn = (username: string, password: string) => signInAs(page, server.url, { username, password });
  const signOut = async () => {
    await page.getByTestId("user-menu").click();
    await page.getByTestId("logout").click();
    await page.getByTestId("login-form").waitFor();
  };

  it("offers no SSO button when the server has no single sign-on", async () => {
    const options = page.waitForResponse((r) => r.url().endsWith("/api/auth/options"));
    await page.goto(`${server.url}/`);
    expect(await (await options).json()).toEqual({ sso: false });
    await page.getByTestId("login-form").waitFor();
    // One more frame after the answer, so the page has rendered what it decided.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.getByTestId("login-sso").count()).toBe(0);
  });

  it("lets the admin add a member with a programme role and make the programme members-only", async () => {
    await signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    await page.goto(`${server.url}/#/overview?s=${SCENARIO}`);
    await page.getByTestId("members-open").click();
    await page.getByTestId("members-panel").waitFor();
    await page.getByTestId("member-username").fill("vera");
    await page.getByTestId("member-role").click();
    await page.getByRole("option", { name: "Analyst" }).click();
    await page.getByTestId("member-add").click();
    await page.locator('[data-testid="member-row"][data-username="vera"]').waitFor();
    await page.getByTestId("members-restricted").click();
    await expect
      .poll(async () => (await server.api(`/api/scenarios/${SCENARIO}/members`)).json())
      .toMatchObject({
        restricted: true,
        members: [{ username: "vera", role: "analyst" }],
      });
    await page.keyboard.press("Escape");
    await signOut();
  });

  it("hides the members-only programme from a non-member analyst", async () => {
    await signIn("anton", PASSWORD);
    await page.goto(`${server.url}/#/overview?s=${SCENARIO}`);
    await page.getByTestId("page-title").waitFor();
    expect(await page.getByTestId("page-title").textContent()).not.toContain("Co-processor");
    const status = await page.evaluate(async (id) => (await fetch(`/api/scenarios/${id}`)).status, SCENARIO);
    expect(status).toBe(404);
    await signOut();
  });

  it("shows it to the member, who is no manager of it and so gets no Members button", async () => {
    await signIn("vera", PASSWORD);
    await page.goto(`${server.url}/#/overview?s=${SCENARIO}`);
    await page.getByTestId("page-title").waitFor();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toContain("Co-processor");
    expect(await page.getByTestId("members-open").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
