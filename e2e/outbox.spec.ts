import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, logInThroughPage } from "./support/accounts";
import { query } from "./support/database";

// The admin's outbox on the built app, whose inline workers capture mail (no SMTP_URL): a test
// email sent from the page shows up captured with its rendered HTML, and a failed message can be
// retried and is then captured too.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function openOutbox(page: Page) {
  await logInThroughPage(page, DEMO.admin.email, DEMO.admin.password);
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/editor");
  await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Outbox" }).click();
  await page.waitForURL("**/editor/outbox");
  await expect(
    page.getByRole("heading", { level: 1, name: "Outbox" }).filter({ visible: true }),
  ).toBeVisible();
}

/** The row of the list whose recipient is `to`. */
const rowFor = (page: Page, to: string) =>
  page.getByRole("row").filter({ hasText: to }).filter({ visible: true });

test("an admin sends a test email and reads it, captured, in the outbox", async ({ page }) => {
  test.setTimeout(90_000); // two pages, a worker round trip and an axe run on a shared 2-core machine
  await openOutbox(page);
  await expect(page.getByText("SMTP_URL is not set")).toBeVisible();

  // A wrong address is named next to the field and stays as typed.
  const field = page.getByLabel("Send a test email to");
  await expect(field).toHaveValue(DEMO.admin.email);
  await field.fill("not an address");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
  await expect(field).toHaveValue("not an address");
  await expect(field).toHaveAttribute("aria-invalid", "true");

  const to = `outbox-${unique()}@example.test`;
  await field.fill(to);
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText(`Test email to ${to} queued.`)).toBeVisible();

  // The inline worker captures it within seconds of the commit.
  await expect(async () => {
    await page.reload();
    await expect(rowFor(page, to).getByText("Captured")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(rowFor(page, to).getByText("test", { exact: true })).toBeVisible();

  await rowFor(page, to).getByRole("link", { name: "Test email from Zonepress" }).click();
  await page.waitForURL(/\/editor\/outbox\/\d+$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Test email from Zonepress" })).toBeVisible();
  await expect(main.getByText(to).filter({ visible: true })).toBeVisible();
  await expect(main.getByText(/^<outbox-\d+-[0-9a-z]+@localhost>$/).filter({ visible: true })).toBeVisible();
  await expect(main.getByText("Open the outbox http://127.0.0.1").filter({ visible: true })).toBeVisible();

  const frame = page.locator("iframe[title^='HTML body']");
  await expect(frame).toHaveAttribute("sandbox", "");
  const html = page.frameLocator("iframe[title^='HTML body']");
  await expect(html.getByRole("heading", { name: "Email delivery works" })).toBeVisible();
  await expect(html.getByRole("link", { name: "Open the outbox" })).toHaveAttribute(
    "href",
    /\/editor\/outbox$/,
  );

  // An unknown message shows the not-found page (with status 200: the page's own notFound()
  // comes after the shell has streamed; only the proxy could still set 404).
  await page.goto("/editor/outbox/2000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.goBack();

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("an admin retries a failed message, which is then delivered", async ({ page }) => {
  test.setTimeout(60_000);
  const to = `failed-${unique()}@example.test`;
  const [failed] = await query<{ id: number }>(
    `INSERT INTO "EmailMessage" ("to", subject, html, text, headers, status, attempts, "lastError")
     VALUES ($1, 'Your daily digest', '<h1>Digest</h1><p>Three new articles</p>', 'Digest: three new articles',
             '{"List-Unsubscribe": "<https://example.test/unsubscribe/abc>"}', 'FAILED', 6,
             '421 (DATA) Service not available')
     RETURNING id`,
    [to],
  );

  await openOutbox(page);
  await page
    .getByRole("navigation", { name: "Filter by status" })
    .getByRole("link", { name: /^Failed/ })
    .click();
  await page.waitForURL("**/editor/outbox?status=failed");
  await expect(rowFor(page, to).getByText("Failed", { exact: true })).toBeVisible();
  await expect(rowFor(page, to).getByText("6 attempts")).toBeVisible();
  await rowFor(page, to).getByRole("link", { name: "Your daily digest" }).click();
  await page.waitForURL(`**/editor/outbox/${failed!.id}`);

  const main = page.getByRole("main");
  await expect(main.getByText("421 (DATA) Service not available").filter({ visible: true })).toBeVisible();
  await expect(main.getByText("List-Unsubscribe").filter({ visible: true })).toBeVisible();
  await expect(
    main.getByText("<https://example.test/unsubscribe/abc>").filter({ visible: true }),
  ).toBeVisible();
  await expect(main.getByText("Digest: three new articles").filter({ visible: true })).toBeVisible();

  await main.getByRole("button", { name: "Retry delivery" }).click();
  await expect(
    main.getByText("Queued for delivery again: it goes out within a few seconds.").filter({ visible: true }),
  ).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("main").getByText("Captured")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("main").getByRole("button", { name: "Retry delivery" })).toHaveCount(0);

  const [stored] = await query<{ status: string; attempts: number }>(
    `SELECT status, attempts FROM "EmailMessage" WHERE id = $1`,
    [failed!.id],
  );
  expect(stored).toEqual({ status: "SENT", attempts: 1 });
  const audits = await query<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE "targetType" = 'EmailMessage' AND "targetId" = $1`,
    [String(failed!.id)],
  );
  expect(audits.map((audit) => audit.action)).toEqual(["email.retry"]);
});
