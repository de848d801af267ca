import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { EventPage, EventsPage } from "./pages/event-page";
import { VideoPage, VideosPage } from "./pages/video-page";
import { DEMO, logInThroughPage, requestBase } from "./support/accounts";
import { query } from "./support/database";

// Site management as an admin does it in the browser, and what readers see on their next
// request: categories and zones (rename with redirects, reorder, move with its articles), events,
// videos (only allow-listed providers), content pages. Everything is created by the test, so the
// seeded site other specs count on stays as it is; events and videos are deleted again at once
// because other specs count the seeded ones.

const run = Date.now().toString(36);

async function logInAs(page: Page, account: { email: string; password: string }, name: string) {
  await logInThroughPage(page, account.email, account.password);
  // The account menu asks /api/me after hydration; a loaded CI machine can take a while.
  await expect(page.getByRole("navigation", { name: "Account" }).getByText(name)).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * The distinct Location values of a redirect, as paths. Next repeats the header of a redirect
 * replayed from its cache (vercel/next.js#82117); the values must still all be the target.
 */
function locations(response: APIResponse): string[] {
  const values = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "location")
    .map((header) => new URL(header.value, requestBase()).pathname);
  return [...new Set(values)];
}

/** Fills a form field by its label, replacing what is there. */
async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function createCategory(page: Page, name: string, slug: string): Promise<void> {
  await page.goto("/editor/taxonomy");
  await page.getByRole("link", { name: "New category" }).click();
  await page.waitForURL(/\/editor\/taxonomy\/categories\/new$/);
  await fill(page, "Name", name);
  await fill(page, "Slug", slug);
  await fill(page, "Description", `Everything about ${name}.`);
  await page.getByRole("button", { name: "Create category" }).click();
  await page.waitForURL(/\/editor\/taxonomy\/categories\/\d+\?created=1$/);
  await expect(page.getByRole("status").filter({ visible: true })).toContainText("Category created.");
}

async function addZone(page: Page, category: string, name: string, slug: string): Promise<void> {
  await page.goto("/editor/taxonomy");
  await page.getByRole("link", { name: `Add zone to ${category}` }).click();
  await page.waitForURL(/\/editor\/taxonomy\/zones\/new\?category=\d+$/);
  await expect(page.getByLabel("Category")).toHaveValue(/\d+/);
  await fill(page, "Name", name);
  await fill(page, "Slug", slug);
  await page.getByRole("button", { name: "Create zone" }).click();
  await page.waitForURL(/\/editor\/taxonomy\/zones\/\d+\?created=1$/);
}

async function openZoneEditor(page: Page, zoneName: string): Promise<void> {
  await page.goto("/editor/taxonomy");
  await page.getByRole("link", { name: `Edit ${zoneName}`, exact: true }).click();
  await page.waitForURL(/\/editor\/taxonomy\/zones\/\d+$/);
}

test("an admin renames, reorders and moves a zone; readers follow on their next request", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const from = { name: `Platform ${run}`, slug: `platform-${run}` };
  const to = { name: `Reliability ${run}`, slug: `reliability-${run}` };
  const oldSlug = `k8s-${run}`;
  const newSlug = `kubernetes-${run}`;
  await logInAs(page, DEMO.admin, "Demo Admin");
  await createCategory(page, from.name, from.slug);
  await createCategory(page, to.name, to.slug);
  await addZone(page, from.name, `K8s ${run}`, oldSlug);
  await addZone(page, from.name, `Serverless ${run}`, `serverless-${run}`);

  // A published article in the zone: it must follow the zone to its new category.
  const [zone] = await query<{ id: number; categoryId: number }>(
    `SELECT id, "categoryId" FROM "Zone" WHERE slug = $1`,
    [oldSlug],
  );
  const articleTitle = `Running stateful sets ${run}`;
  await query(
    `INSERT INTO "Article" (slug, title, summary, "bodyHtml", status, "publishedAt", "zoneId", "categoryId", "authorId", "updatedAt")
     SELECT $1, $2, 'How we run databases on Kubernetes.', '<p>Body</p>', 'PUBLISHED', now(), $3, $4, id, now()
     FROM "User" WHERE username = $5`,
    [`stateful-sets-${run}`, articleTitle, zone!.id, zone!.categoryId, DEMO.member.username],
  );

  // Readers have seen the zone under its old name and slug (so those pages are cached).
  await page.goto(`/zones/${oldSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`K8s ${run}`);

  await openZoneEditor(page, `K8s ${run}`);
  await fill(page, "Name", `Kubernetes ${run}`);
  await fill(page, "Slug", newSlug);
  await expect(
    page.getByText(`/zones/${oldSlug} (and its pages and feeds) will redirect there`),
  ).toBeVisible();
  await page.getByRole("button", { name: "Save zone" }).click();
  await expect(page.getByRole("status").filter({ visible: true })).toContainText(
    `Saved. /zones/${oldSlug} now redirects to /zones/${newSlug}.`,
  );

  // The old address answers a permanent redirect, for the page (and its later pages) and feed.
  for (const [from, target] of [
    [`/zones/${oldSlug}`, `/zones/${newSlug}`],
    [`/zones/${oldSlug}/feed.xml`, `/zones/${newSlug}/feed.xml`],
  ]) {
    const response = await page.request.get(`${requestBase()}${from}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(locations(response), from).toEqual([target]);
  }
  await page.goto(`/zones/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/zones/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kubernetes ${run}`);

  // The category page and the header menu show the new name.
  await page.goto(`/categories/${from.slug}`);
  const zones = page.getByRole("region", { name: `Functions of ${from.name}` });
  await expect(zones.getByRole("link", { name: `Kubernetes ${run}` })).toHaveAttribute(
    "href",
    `/zones/${newSlug}`,
  );
  const menu = page.getByRole("navigation", { name: "Main" });
  await menu.locator("summary", { hasText: "Zones" }).click();
  await expect(menu.getByRole("link", { name: `Kubernetes ${run}` })).toHaveAttribute(
    "href",
    `/zones/${newSlug}`,
  );

  // Reorder with the keyboard: Serverless moves above Kubernetes in the category and the menu.
  await page.goto("/editor/taxonomy");
  const down = page.getByRole("button", { name: `Move Kubernetes ${run} down` });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Moved Kubernetes ${run} down: now 2 of 2 in its category.`)).toBeAttached();
  await expect(page.getByRole("button", { name: `Move Kubernetes ${run} up` })).toBeFocused();
  await page.goto(`/categories/${from.slug}`);
  await expect(zones.getByRole("listitem").getByRole("link")).toHaveText([
    `Serverless ${run}`,
    `Kubernetes ${run}`,
  ]);

  // Move the zone to the other category: it is listed there, with its article.
  await openZoneEditor(page, `Kubernetes ${run}`);
  await page.getByLabel("Category").selectOption({ label: to.name });
  await expect(page.getByText("Saving moves this zone and its 1 article to the new category.")).toBeVisible();
  await page.getByRole("button", { name: "Save and move zone" }).click();
  await expect(page.getByRole("status").filter({ visible: true })).toContainText(
    `The zone is now in ${to.name}.`,
  );

  await page.goto(`/categories/${to.slug}`);
  await expect(
    page
      .getByRole("region", { name: `Functions of ${to.name}` })
      .getByRole("link", { name: `Kubernetes ${run}` }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: `The Latest ${to.name} Topics` })
      .getByRole("link", { name: articleTitle }),
  ).toBeVisible();
  await page.goto(`/categories/${from.slug}`);
  await expect(zones.getByRole("link", { name: `Kubernetes ${run}` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: `The Latest ${from.name} Topics` })).not.toContainText(
    articleTitle,
  );

  // A category that still has zones cannot be deleted; the admin is told why.
  await page.goto("/editor/taxonomy");
  await page.getByRole("link", { name: `Edit ${to.name}`, exact: true }).click();
  await page.waitForURL(/\/editor\/taxonomy\/categories\/\d+$/);
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(
    page
      .getByRole("main")
      .getByRole("alert")
      .filter({ hasText: `“${to.name}” still has 1 zone.` }),
  ).toBeVisible();
});

test("an admin creates an event and a video; readers see them; other video sites are refused", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logInAs(page, DEMO.admin, "Demo Admin");

  // Event: times typed in the event's own zone.
  const eventTitle = `Platform Engineering Day ${run}`;
  await page.goto("/editor/events");
  await page.getByRole("link", { name: "New event" }).click();
  await page.waitForURL(/\/editor\/events\/new$/);
  await fill(page, "Title", eventTitle);
  await fill(page, "Time zone", "Mars/Olympus");
  await fill(page, "Starts", "2031-07-01T09:00");
  await fill(page, "Ends (optional)", "2031-07-01T08:00");
  await fill(page, "Venue", "Messe Berlin, Hall 4");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Unknown time zone: use an IANA name like Europe/Berlin or UTC")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(eventTitle);
  await fill(page, "Time zone", "Europe/Berlin");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("The end must be after the start")).toBeVisible();
  await fill(page, "Ends (optional)", "2031-07-01T17:00");
  await fill(page, "Registration address (optional)", "https://tickets.example.org/ped");
  await expect(page.getByText(/^Readers will see: Tue, Jul 1, 2031, 9:00 AM – 5:00 PM/)).toBeVisible();
  await page.getByRole("button", { name: "Create event" }).click();
  await page.waitForURL(/\/editor\/events\/\d+\?created=1$/);
  const eventEditor = page.url();
  await page.getByRole("link", { name: "View it on the site" }).click();
  await page.waitForURL(/\/events\/platform-engineering-day-/);
  const event = new EventPage(page);
  await expect(event.heading).toHaveText(eventTitle);
  expect(await event.timeZone()).toBe("Europe/Berlin");
  await expect(event.startTime).toHaveAttribute("datetime", "2031-07-01T07:00:00.000Z");
  await page.goto("/events");
  await expect(new EventsPage(page).upcoming.filter({ hasText: eventTitle })).toHaveCount(1);
  await page.goto(eventEditor);
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.waitForURL(/\/editor\/events\?deleted=/);
  await expect(page.getByRole("status").filter({ visible: true })).toContainText(
    `Deleted the event “${eventTitle}”.`,
  );

  // Video: another site is refused on the field, with everything typed kept; Vimeo is accepted.
  const videoTitle = `Blue-green deploys in practice ${run}`;
  const vimeoId = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
  await page.goto("/editor/videos/new");
  await fill(page, "Title", videoTitle);
  await fill(page, "Video address", "https://www.dailymotion.com/video/x8abcd");
  await fill(page, "Duration", "12:34");
  await page.getByRole("button", { name: "Create video" }).click();
  const address = page.getByLabel("Video address");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toBeFocused();
  await expect(
    page.locator("#video-form").getByText("Only YouTube and Vimeo videos can be embedded.").last(),
  ).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(videoTitle);
  await fill(page, "Video address", `https://vimeo.com/${vimeoId}`);
  await expect(page.getByText(`Vimeo video ${vimeoId}.`)).toBeVisible();
  await page.getByRole("button", { name: "Create video" }).click();
  await page.waitForURL(/\/editor\/videos\/\d+\?created=1$/);
  const videoEditor = page.url();

  const video = new VideoPage(page);
  await video.blockPlayers();
  await page.getByRole("link", { name: "View it on the site" }).click();
  await page.waitForURL(/\/videos\/blue-green-deploys-in-practice-/);
  await expect(video.heading).toHaveText(videoTitle);
  await expect(video.player).toHaveAttribute("src", `https://player.vimeo.com/video/${vimeoId}?dnt=1`);
  await page.goto("/videos");
  const library = new VideosPage(page);
  await expect(library.titleLink(library.items.first())).toHaveText(videoTitle);
  await page.goto(videoEditor);
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.waitForURL(/\/editor\/videos\?deleted=/);
});

test("an admin edits a content page and readers see the new text", async ({ page }) => {
  test.setTimeout(120_000);
  await logInAs(page, DEMO.admin, "Demo Admin");
  const slug = `community-guide-${run}`;
  await page.goto("/editor/pages");
  await page.getByRole("link", { name: "New page" }).click();
  await page.waitForURL(/\/editor\/pages\/new$/);
  await fill(page, "Title", "Community guide");
  await fill(page, "Slug", slug);
  await page.getByRole("textbox", { name: "Text" }).fill("Be **kind** to each other.");
  await page.getByRole("tab", { name: "Preview" }).click();
  // Rendered by the server's worker pool (its first document starts the workers).
  await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("kind", {
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Create page" }).click();
  await page.waitForURL(/\/editor\/pages\/\d+\?created=1$/);
  const editor = page.url();

  await page.goto(`/pages/${slug}`);
  await expect(page.getByRole("main")).toContainText("Be kind to each other.");

  await page.goto(editor);
  await page.getByRole("tab", { name: "Write" }).click();
  await page.getByRole("textbox", { name: "Text" }).fill("Be kind, and **cite your sources**.");
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByRole("status").filter({ visible: true })).toContainText("Saved.");
  await page.goto(`/pages/${slug}`);
  await expect(page.getByRole("main").locator("strong")).toHaveText("cite your sources");
  await expect(page.getByRole("main")).not.toContainText("each other");
});

test("an editor manages events but gets a 404 on categories & zones and pages", async ({ page }) => {
  test.setTimeout(90_000);
  await logInAs(page, DEMO.editor, "Demo Editor");
  expect((await page.goto("/editor/taxonomy"))?.status()).toBe(404);
  expect((await page.goto("/editor/pages"))?.status()).toBe(404);
  expect((await page.goto("/editor/events"))?.status()).toBe(200);
  const nav = page.getByRole("navigation", { name: "Editor" });
  await expect(nav.getByRole("link", { name: "Events" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Categories & zones" })).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`site management pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await logInAs(page, DEMO.admin, "Demo Admin");
    const [zone] = await query<{ id: number }>(`SELECT id FROM "Zone" ORDER BY id LIMIT 1`);
    const [event] = await query<{ id: number }>(`SELECT id FROM "Event" ORDER BY id LIMIT 1`);
    const violations: string[] = [];
    const axe = async (label: string) => {
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      violations.push(
        ...results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      );
    };
    for (const path of [
      "/editor/taxonomy",
      `/editor/taxonomy/zones/${zone!.id}`,
      "/editor/events",
      `/editor/events/${event!.id}`,
      "/editor/videos",
      "/editor/pages",
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await axe(path);
    }
    // The error state: a blank new video names each missing field.
    await page.goto("/editor/videos/new");
    await page.getByRole("button", { name: "Create video" }).click();
    await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await axe("/editor/videos/new (errors)");
    expect(violations).toEqual([]);
  });
}
