import { expect, test, type Page } from "@playwright/test";
import { DEMO, joinThroughPage, logInThroughPage, newMember } from "./support/accounts";
import { query } from "./support/database";

// The author's journey of issue 5: write with preview → autosave → reload keeps the text →
// submit with a too-short body shows field errors and keeps the text → fix → submit → Submitted
// in Manage My Drafts → withdraw → delete. And two tabs editing one draft never lose a word.

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 17 === 0 ? "." : ""}`).join(" ");

async function chooseFirstZone(page: Page): Promise<void> {
  const zone = page.getByLabel("Zone", { exact: true });
  const value = await zone.locator("option[value]:not([value=''])").first().getAttribute("value");
  await zone.selectOption(value!);
}

test("write with preview, autosave, reload, submit with errors, fix, submit, withdraw and delete", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const member = newMember("author");
  await joinThroughPage(page, member);
  await page.goto("/write");

  const title = `Tracing slow queries in PostgreSQL ${member.username}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await chooseFirstZone(page);
  await page.getByLabel("Summary", { exact: true }).fill("Short.");
  const intro = "## Why it matters\n\nA **slow query** hides in plain sight.";
  await page.getByLabel("Body", { exact: true }).fill(intro);

  // Preview by the server pipeline.
  await page
    .getByRole("tab", { name: "Preview" })
    .or(page.getByRole("button", { name: "Preview" }))
    .first()
    .click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("h2", { hasText: "Why it matters" })).toBeVisible();
  await expect(preview.locator("strong", { hasText: "slow query" })).toBeVisible();

  // Autosave, then a reload keeps everything.
  await expect(page.getByText(/Saved at \d{1,2}:\d{2}/)).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/write\/\d+$/);
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(intro);

  // Too short: each failing field says why, and nothing typed is lost.
  await page.getByRole("button", { name: "Submit for Review" }).click();
  await expect(page.getByLabel("Summary", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Body", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/at least 300 words/)).toBeVisible();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(intro);

  // Fix and submit.
  await page
    .getByLabel("Summary", { exact: true })
    .fill("How to find the query that slows everything down, with pg_stat_statements and auto_explain.");
  await page.getByLabel("Body", { exact: true }).fill(`${intro}\n\n${words(320, "indexes")}`);
  await page.getByRole("button", { name: "Submit for Review" }).click();
  await expect(page).toHaveURL(/\/drafts$/);

  const submitted = page
    .getByRole("region", { name: "Submitted" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Submitted" }) }));
  const item = submitted.first().getByRole("listitem").filter({ hasText: title });
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: "Withdraw" }).click();

  const drafts = page.locator("section", { has: page.getByRole("heading", { name: "Drafts" }) });
  const draft = drafts.getByRole("listitem").filter({ hasText: title });
  await expect(draft).toBeVisible();
  await draft.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
});

test("two browsers editing one draft: the second save gets the conflict dialog and nothing is lost", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const otherContext = await browser.newContext();
  const first = await context.newPage();
  const member = newMember("twotabs");
  await joinThroughPage(first, member);
  await first.goto("/write");
  await first.getByLabel("Title", { exact: true }).fill("A draft edited in two tabs");
  await chooseFirstZone(first);
  await first.getByLabel("Body", { exact: true }).fill("Version zero.");
  await first.getByRole("button", { name: "Save Draft" }).click();
  await expect(first.getByText(/Saved at/)).toBeVisible();
  const url = first.url();

  // The same author, signed in in a second browser.
  const second = await otherContext.newPage();
  await logInThroughPage(second, member.email, member.password);
  await expect(second.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();
  await second.goto(url);
  await expect(second.getByLabel("Body", { exact: true })).toHaveValue("Version zero.");

  await first.getByLabel("Body", { exact: true }).fill("Written in the first tab.");
  await first.getByRole("button", { name: "Save Draft" }).click();
  await expect(first.getByText(/Saved at/)).toBeVisible();

  await second.getByLabel("Body", { exact: true }).fill("Written in the second tab.");
  await second.getByRole("button", { name: "Save Draft" }).click();
  const dialog = second.getByRole("dialog", { name: "This draft changed elsewhere" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Written in the first tab.");
  await expect(dialog).toContainText("Written in the second tab.");
  await dialog.getByRole("button", { name: "Keep my version" }).click();
  await expect(second.getByText(/Saved at/)).toBeVisible();

  await first.reload();
  await expect(first.getByLabel("Body", { exact: true })).toHaveValue("Written in the second tab.");
  await context.close();
  await otherContext.close();
});

test("the demo member can keep editing a seeded draft that has a cover image", async ({ page }) => {
  const [draft] = await query<{ id: number }>(
    `SELECT a.id FROM "Article" a JOIN "User" u ON u.id = a."authorId"
     WHERE u.username = $1 AND a.status = 'DRAFT' AND a."coverImageUrl" LIKE '/images/%' ORDER BY a.id LIMIT 1`,
    [DEMO.member.username],
  );
  expect(draft, "a seeded draft with a demo cover").toBeTruthy();
  await logInThroughPage(page, DEMO.member.email, DEMO.member.password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText("Demo Member")).toBeVisible();
  await page.goto(`/write/${draft!.id}`);
  const body = page.getByLabel("Body", { exact: true });
  await body.fill(`${await body.inputValue()}\n\nOne more paragraph.`);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/drafts/${draft!.id}`) && r.request().method() === "PUT",
  );
  await page.getByRole("button", { name: "Save Draft" }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText(/Saved at/)).toBeVisible();
});
