import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, joinThroughPage, logInThroughPage, newMember } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { query } from "./support/database";

// The editorial workflow of issue 6 in real Chromium against `next start`, its pg-boss workers
// running inline: an author submits → an editor asks for changes → the author reads the
// feedback, revises and resubmits → the editor sees the word diff and schedules the article a
// minute ahead (in the editor's own time zone) → the job publishes it and it shows on the zone
// page and in the zone's RSS feed. Then unpublishing answers 410 Gone and re-publishing 200.

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 17 === 0 ? "." : ""}`).join(" ");

const EDITOR_TIME_ZONE = "Asia/Tokyo";

/** `date` as a datetime-local value in `timeZone` ("2026-12-03T15:05"). */
function localInputValue(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function chooseFirstZone(page: Page): Promise<void> {
  const zone = page.getByLabel("Zone", { exact: true });
  const value = await zone.locator("option[value]:not([value=''])").first().getAttribute("value");
  await zone.selectOption(value!);
}

/** Logs the demo editor in and waits until the login page has sent them on. */
async function logInAsEditor(page: Page): Promise<void> {
  await logInThroughPage(page, DEMO.editor.email, DEMO.editor.password);
  await page.waitForURL((url) => url.pathname !== "/login");
}

async function subjectsTo(email: string): Promise<string[]> {
  const rows = await query<{ subject: string }>(
    `SELECT subject FROM "EmailMessage" WHERE "to" = $1 ORDER BY id`,
    [email],
  );
  return rows.map((row) => row.subject);
}

async function pageText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  return response.ok() ? response.text() : "";
}

test("submit → changes requested → revise → resubmit → diff → scheduled a minute ahead → on the zone page and in its RSS", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const authorContext = await browser.newContext();
  const editorContext = await browser.newContext({ timezoneId: EDITOR_TIME_ZONE });
  const author = await authorContext.newPage();
  const editor = await editorContext.newPage();

  // The author writes and submits.
  const member = newMember("writer");
  await joinThroughPage(author, member);
  await author.goto("/write");
  const title = `Backpressure in streaming pipelines ${member.username}`;
  await author.getByLabel("Title", { exact: true }).fill(title);
  await chooseFirstZone(author);
  await author
    .getByLabel("Summary", { exact: true })
    .fill("Why bounded buffers keep a pipeline alive when the consumer falls behind the producer.");
  const body = `## The problem\n\nThe original sentence about queues.\n\n${words(320, "buffers")}`;
  await author.getByLabel("Body", { exact: true }).fill(body);
  await author.getByRole("button", { name: "Submit for Review" }).click();
  await author.waitForURL(/\/drafts$/);
  const [article] = await query<{ id: number; slug: string; zoneSlug: string }>(
    `SELECT a.id, a.slug, z.slug AS "zoneSlug" FROM "Article" a JOIN "Zone" z ON z.id = a."zoneId" WHERE a.title = $1`,
    [title],
  );
  expect(article).toBeDefined();

  // The editor finds it in the queue and asks for changes.
  await logInAsEditor(editor);
  await editor.goto("/editor");
  await editor.getByRole("link", { name: title }).click();
  await editor.waitForURL(`**/editor/review/${article!.id}`);
  await expect(
    editor.getByText("First submission: there is no earlier version to compare with."),
  ).toBeVisible();
  const preview = editor.getByRole("region", { name: "Preview: as readers will see it" });
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "The problem" })).toBeVisible();

  const feedback = "Please explain what happens to the producer when the buffer is full.";
  await editor.getByRole("radio", { name: /Request changes/ }).check();
  await editor.getByLabel("Feedback for the author").fill(feedback);
  await editor.getByRole("button", { name: "Send feedback to the author" }).click();
  await expect(editor.getByTestId("review-status")).toHaveText("Sent back to the author for changes");
  await expect(editor.getByText("Changes requested by Demo Editor")).toBeVisible();

  // The author sees the feedback in Manage My Drafts and on the writing page, revises, resubmits.
  await author.goto("/drafts");
  const changes = author.locator("section", {
    has: author.getByRole("heading", { name: /^Changes requested/ }),
  });
  const item = changes.getByRole("listitem").filter({ hasText: title });
  await expect(item.getByText("The editor asks for these changes")).toBeVisible();
  // (The history below also quotes it, folded away.)
  await expect(item.getByText(feedback).filter({ visible: true })).toBeVisible();
  await item.getByRole("link", { name: "Edit" }).click();
  await author.waitForURL(`**/write/${article!.id}`);
  const notice = author.getByRole("region", { name: "The editor asks for these changes" });
  await expect(notice.getByText(feedback)).toBeVisible();
  await author
    .getByLabel("Body", { exact: true })
    .fill(body.replace("The original sentence about queues.", "The revised sentence about bounded queues."));
  await author.getByRole("button", { name: "Submit for Review" }).click();
  await author.waitForURL(/\/drafts$/);

  // The editor sees what changed, word by word, and schedules it a minute ahead in their zone.
  await editor.goto(`/editor/review/${article!.id}`);
  const diff = editor.getByRole("region", { name: "Changes since the previous submission" });
  await expect(diff.locator("ins", { hasText: "revised" })).toBeVisible();
  await expect(diff.locator("ins", { hasText: "bounded" })).toBeVisible();
  await expect(diff.locator("del", { hasText: "original" })).toBeVisible();
  await editor.getByRole("radio", { name: /^Schedule/ }).check();
  await expect(editor.getByText(`In your time zone: ${EDITOR_TIME_ZONE} (GMT+09:00)`)).toBeVisible();
  // The first full minute at least a minute away: 60 to 120 seconds ahead.
  const publishAt = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
  await editor.getByLabel("Publish on").fill(localInputValue(publishAt, EDITOR_TIME_ZONE));
  await editor.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(editor.getByTestId("review-status")).toContainText("Accepted and scheduled to publish");
  await expect(editor.getByRole("button", { name: "Cancel schedule" })).toBeVisible();
  // What the editor typed in Tokyo is the instant stored (Prisma keeps UTC in the column).
  const [stored] = await query<{ ms: string; status: string }>(
    `SELECT (extract(epoch FROM "scheduledFor") * 1000)::bigint AS ms, status FROM "Article" WHERE id = $1`,
    [article!.id],
  );
  expect(stored).toEqual({ ms: String(publishAt.getTime()), status: "SUBMITTED" });
  // Not out yet, and shown as scheduled on the dashboard.
  expect(await pageText(request, `/zones/${article!.zoneSlug}`)).not.toContain(title);
  await editor.goto("/editor");
  await expect(
    editor.getByRole("region", { name: "Scheduled to publish" }).getByRole("link", { name: title }),
  ).toBeVisible();

  // The job publishes it: the zone page and the zone's RSS feed show it, on their own.
  await expect
    .poll(() => pageText(request, `/zones/${article!.zoneSlug}`), { timeout: 150_000, intervals: [3_000] })
    .toContain(title);
  await expect
    .poll(() => pageText(request, `/zones/${article!.zoneSlug}/feed.xml`), {
      timeout: 30_000,
      intervals: [2_000],
    })
    .toContain(title);
  const live = await request.get(`/articles/${article!.slug}`);
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain("The revised sentence about bounded queues.");

  // The author was told at every step, through the outbox.
  expect(await subjectsTo(member.email)).toEqual([
    `Changes requested: ${title}`,
    `Scheduled: ${title}`,
    `Published: ${title}`,
  ]);
  await authorContext.close();
  await editorContext.close();
});

test("unpublish answers 410 Gone with a friendly page and leaves the feeds; re-publish brings it back", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // An article of this test's own, so no other spec loses the article it reads.
  const slug = `e2e-unpublish-${Date.now().toString(36)}`;
  const title = `Retiring a legacy message broker ${slug}`;
  const [zone] = await query<{ id: number; categoryId: number; slug: string }>(
    `SELECT id, "categoryId", slug FROM "Zone" ORDER BY position, id LIMIT 1`,
  );
  const [created] = await query<{ id: number }>(
    `INSERT INTO "Article" (slug, title, summary, "bodyHtml", "bodyText", status, "publishedAt", "zoneId", "categoryId", "updatedAt")
     VALUES ($1, $2, 'What we learned moving off it.', '<p>Lessons.</p>', 'Lessons.', 'PUBLISHED', now(), $3, $4, now())
     RETURNING id`,
    [slug, title, zone!.id, zone!.categoryId],
  );
  expect((await request.get(`/articles/${slug}`)).status()).toBe(200);

  await logInAsEditor(page);
  await page.goto("/editor");
  await page.getByRole("link", { name: "Manage published articles →" }).click();
  await page.waitForURL("**/editor/articles");
  await page.getByLabel("Search by title").fill(slug);
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL((url) => url.pathname === "/editor/articles" && url.searchParams.get("q") === slug);
  const row = page.getByRole("row").filter({ hasText: title }).filter({ visible: true });
  await row.getByRole("button", { name: "Unpublish" }).click();
  await row.getByLabel("Note for the author (optional)").fill("Superseded by a newer guide.");
  await row.getByRole("button", { name: "Confirm unpublish" }).click();
  await expect(row.getByRole("button", { name: "Re-publish" })).toBeVisible();
  await expect(row.getByText("Unpublished", { exact: true })).toBeVisible();

  const gone = await request.get(`/articles/${slug}`);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("This article is no longer available");
  await page.goto(`/articles/${slug}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "This article is no longer available" }),
  ).toBeVisible();
  expect(await pageText(request, `/zones/${zone!.slug}/feed.xml`)).not.toContain(title);
  expect(
    (
      await query(
        `SELECT 1 FROM "ArticleEvent" WHERE "articleId" = $1 AND "toStatus" = 'ARCHIVED' AND note = $2`,
        [created!.id, "Superseded by a newer guide."],
      )
    ).length,
  ).toBe(1);

  await page.goto(`/editor/articles?status=unpublished&q=${slug}`);
  const archived = page.getByRole("row").filter({ hasText: title }).filter({ visible: true });
  await archived.getByRole("button", { name: "Re-publish" }).click();
  await expect(archived.getByRole("button", { name: "Unpublish" })).toBeVisible();
  const back = await request.get(`/articles/${slug}`);
  expect(back.status()).toBe(200);
  expect(await back.text()).toContain(title);
});

test("the review page, article management and the gone page have no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [submitted] = await query<{ id: number }>(
    `SELECT id FROM "Article" WHERE status = 'SUBMITTED' AND "scheduledFor" IS NULL ORDER BY id LIMIT 1`,
  );
  const [archived] = await query<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE status = 'ARCHIVED' ORDER BY id LIMIT 1`,
  );
  await logInAsEditor(page);
  const violations: string[] = [];
  const check = async (label: string) => {
    violations.push(...(await seriousViolations(page, label)));
  };

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/editor/review/${submitted!.id}`);
    await check(`${scheme} review`);
    // Each decision's fields, and the correction form opened.
    await page.getByRole("radio", { name: /^Schedule/ }).check();
    await expect(page.getByLabel("Publish on")).toBeVisible();
    await check(`${scheme} review, schedule`);
    await page.getByRole("radio", { name: /^Reject/ }).check();
    await page.getByRole("button", { name: "Reject the article" }).click();
    await expect(page.getByText("Choose a reason", { exact: true }).filter({ visible: true })).toBeVisible();
    await check(`${scheme} review, reject with errors`);
    await page.getByText("Correct the text before publishing").click();
    await check(`${scheme} review, correction`);
    await page.goto("/editor/articles");
    await check(`${scheme} articles`);
    expect((await page.goto(`/articles/${archived!.slug}`))?.status()).toBe(410);
    await check(`${scheme} gone`);
  }
  expect(violations).toEqual([]);
});
