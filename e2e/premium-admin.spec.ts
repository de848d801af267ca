import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { buildPdf } from "../prisma/seed/resource-pdf";
import { solidPng } from "../tests/fixtures/images/make";
import { ResourceListingPage, ResourcePage } from "./pages/resource-page";
import { DEMO, logInThroughPage } from "./support/accounts";
import { query } from "./support/database";

// Premium content from the editor's form to a member's download: an editor creates a Refcard
// with its PDF, readers find it under its number, a visitor is sent to log in and back, a member
// downloads the PDF through a signed link, the count goes up, and the file's storage path gives
// nothing to anyone who guesses it.

async function createRefcard(page: Page, title: string): Promise<{ id: number; number: number }> {
  await logInThroughPage(page, DEMO.editor.email, DEMO.editor.password);
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/editor");
  await page
    .getByRole("navigation", { name: "Editor" })
    .getByRole("link", { name: "Refcards & reports" })
    .click();
  await page.waitForURL(/\/editor\/resources$/);
  await page.getByRole("link", { name: "New Refcard" }).filter({ visible: true }).click();
  await page.waitForURL(/\/editor\/resources\/new\?kind=REFCARD$/);

  const form = page
    .locator("form")
    .filter({ visible: true })
    .filter({ has: page.getByLabel("Title", { exact: true }) });
  await form.getByLabel("Title", { exact: true }).fill(title);
  // The slug is made from the title until one is typed.
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await expect(form.getByLabel("Slug", { exact: true })).toHaveAttribute("placeholder", slug);
  await expect(form.getByText(`/refcards/${slug}`)).toBeVisible();
  await expect(form.getByLabel("Refcard number", { exact: true })).toHaveAttribute("placeholder", /^\d+$/);
  await form.getByLabel("Summary", { exact: true }).fill("Everything an end-to-end test needs on one page.");

  await form.getByLabel("Find a member to add").fill("demo-editor");
  await form.getByRole("button", { name: /^Add Demo Editor/ }).click();
  await expect(form.getByRole("list", { name: "Chosen authors" })).toContainText("Demo Editor");
  await form.getByRole("group", { name: "Zones" }).getByRole("checkbox").first().check();

  // Publishing without a PDF is refused next to the PDF field, and nothing typed is lost.
  await form.getByLabel("Published").check();
  await form.getByRole("button", { name: "Create Refcard" }).click();
  await expect(form.getByText("Upload the PDF before publishing")).toBeVisible();
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue(title);

  // A PNG named .pdf is refused by its content; the real PDF is accepted.
  const pdfField = form.getByLabel("PDF", { exact: true });
  await pdfField.setInputFiles({
    name: "not-really.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
  });
  await expect(form.getByText(/This file is not a PDF/)).toBeVisible();
  await pdfField.setInputFiles({
    name: "e2e-card.pdf",
    mimeType: "application/pdf",
    buffer: buildPdf({ title, lines: ["Downloaded by the end-to-end test."] }),
  });
  await expect(form.getByText(/^Attached: e2e-card\.pdf \(\d+ KB\)$/)).toBeVisible();
  await form.getByLabel("Cover image", { exact: true }).setInputFiles({
    name: "cover.png",
    mimeType: "image/png",
    buffer: await solidPng(320, 180),
  });
  await expect(form.getByRole("img", { name: "The current cover image" })).toBeVisible();

  await form
    .getByLabel("Preview body", { exact: true })
    .fill("## What the card covers\n\nSetup and commands.");
  await expect(
    form.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "What the card covers" }),
  ).toBeVisible();
  await form.getByRole("button", { name: "Create Refcard" }).click();

  await page.waitForURL(/\/editor\/resources\/\d+\?created=1$/);
  const heading = page.getByRole("heading", { level: 1 }).filter({ visible: true });
  await expect(heading).toHaveText(/^Edit Refcard #\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "created and published" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Created by Demo Editor");
  const number = Number(/#(\d+)/.exec((await heading.innerText()) ?? "")?.[1]);
  const id = Number(/\/editor\/resources\/(\d+)/.exec(page.url())?.[1]);
  return { id, number };
}

test("an editor publishes a Refcard with its PDF, and a member downloads it through a signed link", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `E2E Signed Downloads ${Date.now().toString(36)}`;
  const { id, number } = await createRefcard(page, title);

  // Readers find it at once, under its number.
  await page.goto("/refcards");
  const listing = new ResourceListingPage(page);
  const item = listing.items.filter({ hasText: title });
  await expect(item.getByRole("heading", { level: 2 })).toContainText(`#${number}`);
  await expect(item.getByRole("heading", { level: 2 })).toContainText(title);
  await listing.titleLink(item).click();
  await page.waitForURL(/\/refcards\/e2e-signed-downloads-/);
  const path = new URL(page.url()).pathname;
  await expect(page.getByRole("main").locator("article header img")).toHaveAttribute(
    "src",
    /^\/uploads\/covers\//,
  );

  // Guessing where the file is stored gives nothing.
  const [stored] = await query<{ fileUrl: string }>(`SELECT "fileUrl" FROM "Resource" WHERE id = $1`, [id]);
  expect(stored?.fileUrl).toMatch(/^resources\/[0-9a-f]{32}\.pdf$/);
  expect((await page.request.get(`/uploads/${stored!.fileUrl}`)).status()).toBe(404);
  expect((await page.request.get(`/api/resources/${id}/file`)).status()).toBe(403);

  // A visitor is sent to log in and comes back to the Refcard, which now offers the PDF.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(path);
  const card = new ResourcePage(visitor);
  await expect(card.downloadCount).toHaveText("0 downloads so far");
  await card.downloadLink.click();
  await visitor.waitForURL(`/login?next=${encodeURIComponent(path)}`);
  await visitor.getByLabel("Email", { exact: true }).fill(DEMO.member.email);
  await visitor.getByLabel("Password", { exact: true }).fill(DEMO.member.password);
  await visitor.getByRole("button", { name: "Log In" }).click();
  await visitor.waitForURL(path);
  await expect(card.downloadLink).toHaveText(/^Download PDF \(\d+ KB\)$/);

  const downloading = visitor.waitForEvent("download");
  await card.downloadLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`refcard-${number}-${path.split("/").pop()}.pdf`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(visitor.getByText("Your download is starting…")).toBeVisible();

  // The same request a script would make: the redirect chain ends in the PDF itself.
  const response = await visitor.request.get(`/api/resources/${id}/download`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toBe("private, no-store");

  // Two downloads, each counted once, and the page shows it on the next visit.
  const [counted] = await query<{ downloadCount: number }>(
    `SELECT "downloadCount" FROM "Resource" WHERE id = $1`,
    [id],
  );
  expect(counted?.downloadCount).toBe(2);
  await visitor.reload();
  await expect(card.downloadCount).toHaveText("2 downloads so far");
  await visitorContext.close();
});

test("the resource editor's pages and a member's Download button have no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const serious = async (path: string) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  };
  const [seeded] = await query<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Resource" WHERE kind = 'TREND_REPORT' ORDER BY id LIMIT 1`,
  );
  await logInThroughPage(page, DEMO.editor.email, DEMO.editor.password);
  await page.waitForURL((url) => url.pathname === "/");
  const violations: string[] = [];
  for (const path of [
    "/editor/resources",
    "/editor/resources?kind=REFCARD&q=essentials",
    "/editor/resources/new?kind=REFCARD",
    `/editor/resources/${seeded!.id}`,
    `/trend-reports/${seeded!.slug}`,
  ]) {
    violations.push(...(await serious(path)));
  }
  expect(violations).toEqual([]);
  // Signed in, the page offers the PDF itself.
  await expect(new ResourcePage(page).downloadLink).toHaveText(/^Download PDF/);
});
