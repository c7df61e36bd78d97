import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { startProvider, TEST_CLIENT } from "./oidc-provider.ts";

const CHROMIUM = process.env.CHIPROAD_CHROMIUM_PATH || "/usr/bin/chromium";
const ADMIN_PASSWORD = "oidc browser passphrase";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Single sign-on in Chromium: the real server (in this process, PGlite, the built web UI) configured
 * against an in-process OpenID provider; a person clicks "Sign in with SSO", signs in at the provider's
 * (development) pages and lands in chiproad signed in as the matching local account.
 */
describe.runIf(process.env.CHIPROAD_REQUIRE_CHROMIUM === "1" || existsSync(CHROMIUM))(
  "single sign-on in the browser",
  () => {
    let provider: Awaited<ReturnType<typeof startProvider>>;
    let server: RunningServer;
    let dataDir: string;
    let profile: string;
    let browser: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

    beforeAll(async () => {
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      provider = await startProvider([`${origin}/api/auth/oidc/callback`]);
      dataDir = mkdtempSync(join(tmpdir(), "chiproad-oidc-"));
      server = await startServer({
        port,
        logger: createLogger("silent"),
        env: {
          HOST: "127.0.0.1",
          CHIPROAD_DATA_DIR: dataDir,
          CHIPROAD_ADMIN_PASSWORD: ADMIN_PASSWORD,
          CHIPROAD_OIDC_ISSUER: provider.issuer,
          CHIPROAD_OIDC_CLIENT_ID: TEST_CLIENT.id,
          CHIPROAD_OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
          CHIPROAD_OIDC_REDIRECT_URL: `${origin}/api/auth/oidc/callback`,
        },
      });
      profile = mkdtempSync(join(tmpdir(), "chiproad-chromium-"));
      browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        locale: "en-GB",
      });
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await provider?.close();
      for (const dir of [dataDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
    }, 30_000);

    it("signs in through the provider from the login page's SSO button", async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}/`);
      await page.getByTestId("login-sso").click();
      // The provider's development login page accepts any name; "admin" is chiproad's first account.
      await page.locator('input[name="login"]').fill("admin");
      await page.locator('input[name="password"]').fill("anything");
      await page.locator('button[type="submit"]').click();
      await page.locator('button[type="submit"]').click(); // consent: "Continue"
      await page.getByTestId("user-menu").waitFor();
      expect(await page.getByTestId("user-menu").textContent()).toContain("admin");
      const cookies = await browser.cookies(server.url);
      expect(cookies.find((c) => c.name === "chiproad_session")).toMatchObject({
        httpOnly: true,
        sameSite: "Strict",
      });
      const [entry] = await server.db.audit.list({ limit: 1 });
      expect(entry).toMatchObject({ action: "auth.login", detail: { method: "oidc" } });
      expect(errors).toEqual([]);
    }, 120_000);
  },
);
