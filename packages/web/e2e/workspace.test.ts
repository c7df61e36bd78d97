import { createHash } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWebOnce,
  chromiumPath,
  launchBrowser,
  type RunningServer,
  signIn,
  startServer,
} from "./harness.ts";

const executable = chromiumPath();
const SCENARIO = "example-russia-coprocessor";

interface Agreement {
  id: string;
  version: number;
  title: string;
  status: string;
  history: { to: string; on: string; note: string | null }[];
  documents: { id: string; filename: string; sha256: string }[];
}
interface Group {
  meetings: { heldOn: string; agenda: string; minutes: string | null }[];
  resolutions: { title: string; owner: string; status: string; briefRequest: { at: string } | null }[];
}

/** Issue 13's programme workspace in Chromium: the Agreements and Working groups pages against the real server. */
describe.runIf(executable)("agreements register and working groups in the web UI", () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const errors: string[] = [];
  const api = async <T>(path: string): Promise<T> => {
    const res = await server.api(path);
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const card = (title: string): Locator =>
    page.locator(`[data-testid="agreement-card"][data-title="${title}"]`);

  beforeAll(async () => {
    buildWebOnce();
    server = await startServer();
    browser = await launchBrowser(executable ?? "");
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await signIn(page, server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it("shows the example's signed round-table agreement and the listed party of the draft", async () => {
    await page.goto(`${server.url}/#/agreements?s=${SCENARIO}`);
    await page.getByTestId("nav-agreements").waitFor();
    const signed = page.locator('[data-testid="agreement-card"][data-status="signed"]');
    await signed.waitFor();
    expect(await signed.getByTestId("agreement-party").allTextContents()).toEqual([
      expect.stringContaining("FAREXPO"),
      expect.stringContaining("Russian–Chinese Centre for the Urals and Siberia"),
      expect.stringContaining("TTF Electronic"),
    ]);
    expect(await signed.getByTestId("agreement-status").textContent()).toBe("Signed");
    // Obligations name roadmap milestones by name, not by id.
    expect(await signed.getByTestId("agreement-obligations").textContent()).toContain(
      "Prepare the joint plan and roadmap",
    );
    expect(await signed.getByTestId("agreement-sources").textContent()).toMatch(/S3.*F14/);
    if (process.env.CHIPROAD_SCREENSHOT)
      await page.screenshot({ path: "/tmp/agreements.png", fullPage: true });
    const draft = page.locator('[data-testid="agreement-card"][data-status="draft"]');
    expect(await draft.getByTestId("agreement-flagged").count()).toBe(1);
    const flag = await draft
      .locator('[data-party="mikron"] [data-testid="party-flag"]')
      .first()
      .textContent();
    expect(flag).toMatch(/OFAC SDN .*matched name/);
  });

  it("creates an agreement, moves it along the lifecycle with a date and attaches a document with its sha256", async () => {
    await page.getByTestId("agreement-new").click();
    const form = page.getByTestId("agreement-form");
    await form.getByTestId("agreement-title").fill("Licence for EDA tools");
    await form.getByTestId("agreement-opened").fill("2025-01-10");
    await form.getByTestId("party-name").fill("Example Chinese EDA Co.");
    await form.getByTestId("party-country").fill("CHN");
    await form.getByTestId("agreement-save").click();
    const created = card("Licence for EDA tools");
    await created.waitFor();
    expect(await created.getByTestId("agreement-status").textContent()).toBe("Draft");

    // A date before the draft was opened is refused with the server's reason; nothing changes.
    await created.getByTestId("status-on").fill("2024-12-31");
    await created.getByTestId("status-submit").click();
    await created.getByRole("alert").waitFor();
    expect(await created.getByRole("alert").textContent()).toContain("2025-01-10");
    await created.getByTestId("status-on").fill("2025-02-01");
    await created.getByTestId("status-note").fill("talks opened in Xi'an");
    await created.getByTestId("status-submit").click();
    await page
      .locator(
        '[data-testid="agreement-card"][data-title="Licence for EDA tools"][data-status="negotiating"]',
      )
      .waitFor();

    const bytes = Buffer.from("Licence terms — условия лицензии — 许可条款\n");
    const chooser = page.waitForEvent("filechooser");
    await created.getByTestId("document-file").click();
    await (await chooser).setFiles({ name: "licence.txt", mimeType: "text/plain", buffer: bytes });
    await created.getByTestId("document-upload").click();
    const doc = created.getByTestId("agreement-document");
    await doc.waitFor();
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(await doc.getAttribute("data-sha256")).toBe(sha);

    // Edit: a second party is added and screened with the saved version.
    await created.getByTestId("agreement-edit").click();
    const edit = page.getByTestId("agreement-form");
    await edit.getByTestId("party-add").click();
    await edit.getByTestId("party-name").nth(1).fill("АО «Микрон»");
    await edit.getByTestId("party-country").nth(1).fill("RUS");
    await edit.getByTestId("agreement-save").click();
    await created.locator('[data-party="p2"] [data-testid="party-flag"]').first().waitFor();
    expect(await created.getByTestId("agreement-flagged").count()).toBe(1);

    const stored = (await api<Agreement[]>(`/api/scenarios/${SCENARIO}/agreements`)).find(
      (a) => a.title === "Licence for EDA tools",
    );
    expect(stored).toMatchObject({
      status: "negotiating",
      version: 3,
      documents: [{ filename: "licence.txt", sha256: sha }],
    });
    expect(stored?.history.at(-1)?.note).toBe("talks opened in Xi'an");
    expect(stored?.history.map((h) => `${h.to} ${h.on}`)).toEqual([
      "draft 2025-01-10",
      "negotiating 2025-02-01",
    ]);
    const download = await server.api(
      `/api/scenarios/${SCENARIO}/agreements/${stored!.id}/documents/${stored!.documents[0]!.id}`,
    );
    expect(download.headers.get("x-content-sha256")).toBe(sha);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("shows the agreements page in Chinese and Russian", async () => {
    await page.goto(`${server.url}/?lang=zh#/agreements?s=${SCENARIO}`);
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("协议登记册");
    const signed = page.locator('[data-testid="agreement-card"][data-status="signed"]');
    expect(await signed.getByTestId("agreement-status").textContent()).toBe("已签署");
    await page.goto(`${server.url}/?lang=ru#/agreements?s=${SCENARIO}`);
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Реестр соглашений");
    expect(await signed.getByTestId("agreement-status").textContent()).toBe("Подписано");
  });

  it("runs the working group in Russian: minutes, a new meeting and resolution, a decision-brief request", async () => {
    await page.goto(`${server.url}/?lang=ru#/working-groups?s=${SCENARIO}`);
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Рабочие группы");
    const group = page.getByTestId("group-card").first();
    await group.waitFor();
    const roundTable = group.locator('[data-testid="meeting"][data-held-on="2024-09-26"]');
    expect(await roundTable.textContent()).toContain("Radioelectronics and Instrumentation");

    await group.getByTestId("meeting-date").fill("2024-11-20");
    await group.getByTestId("meeting-agenda").fill("Проект совместного плана");
    await group.getByTestId("meeting-add").click();
    const second = group.locator('[data-testid="meeting"][data-held-on="2024-11-20"]');
    await second.waitFor();
    await second.getByTestId("meeting-minutes").fill("Проект плана одобрен");
    await second.getByTestId("meeting-minutes-save").click();
    await expect.poll(() => second.getByTestId("meeting-minutes-save").isDisabled()).toBe(true);

    await group.getByTestId("resolution-title").fill("Направить план в Высший совет БРИКС");
    await group.getByTestId("resolution-owner").fill("FAREXPO");
    await group.getByTestId("resolution-add").click();
    await group
      .locator('[data-testid="resolution"][data-title="Направить план в Высший совет БРИКС"]')
      .waitFor();

    const council = group.locator(
      '[data-testid="resolution"][data-title="Bring a resolution and supporting materials to the BRICS Higher Council"]',
    );
    await council.getByTestId("brief-request").click();
    await council.getByTestId("brief-requested").waitFor();
    expect(await council.getByTestId("brief-requested").textContent()).toContain("Записка запрошена");

    await page.getByTestId("group-new").click();
    const form = page.getByTestId("group-form");
    await form.getByTestId("group-name").fill("Группа по корпусированию");
    await form.getByTestId("group-member-name").fill("Ирина Петрова");
    await form.getByTestId("group-member-organisation").fill("АО «Микрон»");
    await form.getByTestId("group-member-role").fill("председатель");
    await form.getByTestId("group-save").click();
    await page.locator('[data-testid="group-card"][data-name="Группа по корпусированию"]').waitFor();
    await page
      .locator('[data-testid="group-card"][data-name="Группа по корпусированию"]')
      .getByTestId("group-edit")
      .click();
    await page.getByTestId("group-name").fill("Группа по корпусированию и тестированию");
    await page.getByTestId("group-save").click();
    await page
      .locator('[data-testid="group-card"][data-name="Группа по корпусированию и тестированию"]')
      .waitFor();
    if (process.env.CHIPROAD_SCREENSHOT)
      await page.screenshot({ path: "/tmp/working-groups.png", fullPage: true });

    const [stored] = await api<Group[]>(`/api/scenarios/${SCENARIO}/working-groups`);
    expect(stored?.meetings.map((m) => `${m.heldOn} ${m.minutes ?? ""}`)).toContain(
      "2024-11-20 Проект плана одобрен",
    );
    expect(stored?.resolutions.find((r) => r.title.startsWith("Bring"))?.briefRequest).not.toBeNull();
    expect(stored?.resolutions.find((r) => r.title.startsWith("Направить"))).toMatchObject({
      owner: "FAREXPO",
      status: "proposed",
    });
    expect(errors).toEqual([]);
  });
});
