import { expect, test, type Page } from "@playwright/test";
import { EventPage, EventsPage } from "./pages/event-page";
import { ResourceListingPage, ResourcePage } from "./pages/resource-page";
import { VideoPage, VideosPage } from "./pages/video-page";

// Premium content, events and videos as a reader finds them: from the header's main navigation
// to a listing, then to one item with its key facts. The seed provides 16 Refcards, 6 Trend
// Reports, 10 events (5 upcoming) and 12 videos.

async function openFromMainNav(page: Page, label: string): Promise<void> {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: label, exact: true })
    .click();
}

test.describe("premium content", () => {
  test("Refcards: numbered listing, then a card's preview and download call to action", async ({ page }) => {
    await openFromMainNav(page, "Refcards");
    await expect(page).toHaveURL(/\/refcards$/);
    const listing = new ResourceListingPage(page);
    await expect(listing.heading).toHaveText("Refcards");
    // The seed's 16, and any an editor creates in another spec meanwhile.
    expect(await listing.items.count()).toBeGreaterThanOrEqual(16);

    // Newest first: the numbers count down from the newest card.
    const headings = await listing.items.getByRole("heading", { level: 2 }).allInnerTexts();
    const numbers = headings.map((text) => Number(/^#(\d+)/.exec(text)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers[0]).toBeGreaterThanOrEqual(16);

    // The seed's newest card, #16 (an editor's new one may be listed above it).
    const newest = 16;
    const first = listing.items.filter({
      has: page.getByRole("heading", { level: 2, name: new RegExp(`^#${newest}(?!\\d)`) }),
    });
    const title = (await listing.titleLink(first).innerText()).trim();
    await expect(first.locator("img")).toHaveAttribute("width", /\d+/);
    await listing.titleLink(first).click();

    await expect(page).toHaveURL(/\/refcards\/[a-z0-9-]+$/);
    const refcard = new ResourcePage(page);
    await expect(refcard.heading).toHaveText(title);
    await expect(refcard.article.getByText(`#${newest}`, { exact: true })).toBeVisible();
    await expect(refcard.preview.getByRole("heading", { name: "Section 1: Introduction" })).toBeVisible();
    await expect(refcard.preview.locator("table")).toBeVisible();
    await expect(refcard.downloadCount).toHaveText(/^\d[\d,]* downloads? so far$/);
    await expect(refcard.zones.first()).toHaveAttribute("href", /^\/zones\//);

    const path = new URL(page.url()).pathname;
    // A visitor is asked to log in, and comes back here afterwards.
    await expect(refcard.downloadLink).toHaveText("Log in to download");
    await expect(refcard.downloadLink).toHaveAttribute("href", `/login?next=${encodeURIComponent(path)}`);
    await expect(page).toHaveTitle(new RegExp(`Refcard #${newest}`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
  });

  test("Trend Reports: listing, then a report's preview and download call to action", async ({ page }) => {
    await openFromMainNav(page, "Trend Reports");
    await expect(page).toHaveURL(/\/trend-reports$/);
    const listing = new ResourceListingPage(page);
    await expect(listing.heading).toHaveText("Trend Reports");
    await expect(listing.items).toHaveCount(6);
    // Trend Reports are not numbered.
    await expect(listing.items.getByRole("heading", { level: 2 }).first()).not.toHaveText(/^#\d/);

    const first = listing.items.first();
    const title = (await listing.titleLink(first).innerText()).trim();
    await listing.titleLink(first).click();

    await expect(page).toHaveURL(/\/trend-reports\/[a-z0-9-]+$/);
    const report = new ResourcePage(page);
    await expect(report.heading).toHaveText(title);
    await expect(report.preview.getByRole("heading", { name: "Key Findings" })).toBeVisible();
    await expect(report.downloadLink).toHaveAttribute("href", /^\/login\?next=%2Ftrend-reports%2F/);
  });
});

test.describe("events", () => {
  test("upcoming first, then past; an event shows its time in its own zone and a Register link", async ({
    page,
  }) => {
    await openFromMainNav(page, "Events");
    await expect(page).toHaveURL(/\/events$/);
    const events = new EventsPage(page);
    await expect(events.heading).toHaveText("Events");
    // The seed's 5 upcoming, and the one site-admin.spec.ts creates (and deletes) meanwhile.
    await expect.poll(() => events.upcoming.count()).toBeGreaterThanOrEqual(5);
    await expect(events.past).toHaveCount(5);

    // Upcoming soonest first, past most recent first, and every upcoming one after every past one.
    const starts = async (items: typeof events.upcoming) =>
      (
        await items.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""))
      ).map((iso) => Date.parse(iso));
    const upcoming = await starts(events.upcoming);
    const past = await starts(events.past);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    expect(past).toEqual([...past].sort((a, b) => b - a));
    expect(Math.min(...upcoming)).toBeGreaterThan(Math.max(...past));

    const first = events.upcoming.first();
    const title = (await events.titleLink(first).innerText()).trim();
    await events.titleLink(first).click();

    await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
    const event = new EventPage(page);
    await expect(event.heading).toHaveText(title);

    // The shown wall-clock time is the start in the event's zone, computed here independently.
    const startIso = (await event.startTime.getAttribute("datetime")) ?? "";
    const timeZone = await event.timeZone();
    const start = new Date(startIso);
    const day = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "short",
      day: "numeric",
    }).format(start);
    const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(
      start,
    );
    await expect(event.startTime).toContainText(`${day}, ${clock}`);
    // …followed by the zone's abbreviation or offset.
    await expect(event.startTime).toHaveText(/ (?:[A-Z]{2,5}|GMT[+-]\d{1,2}(?::\d{2})?)$/);

    await expect(event.registerLink).toHaveAttribute("href", /^https:\/\/events\.example\.com\/register\//);
    await expect(event.registerLink).toHaveAttribute("rel", "noopener noreferrer");
    await expect(event.registerLink).toHaveAttribute("target", "_blank");

    // "Add to calendar" serves an RFC 5545 file with the start in UTC.
    const calendarHref = (await event.calendarLink.getAttribute("href")) ?? "";
    const ics = await page.request.get(calendarHref);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
    const body = await ics.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const utc = startIso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    expect(body).toContain(`\r\nDTSTART:${utc}\r\n`);
  });
});

test.describe("videos", () => {
  test("the Video Library lists videos with durations; a video embeds a privacy-enhanced player", async ({
    page,
  }) => {
    await openFromMainNav(page, "Video Library");
    await expect(page).toHaveURL(/\/videos$/);
    const library = new VideosPage(page);
    await expect(library.heading).toHaveText("Video Library");
    await expect(library.items).toHaveCount(12);
    await expect(library.items.first().getByLabel(/^Duration /)).toHaveText(/^\d{1,2}:\d{2}(:\d{2})?$/);

    const first = library.items.first();
    const title = (await library.titleLink(first).innerText()).trim();
    const video = new VideoPage(page);
    await video.blockPlayers();
    await library.titleLink(first).click();

    await expect(page).toHaveURL(/\/videos\/[a-z0-9-]+$/);
    await expect(video.heading).toHaveText(title);
    await expect(video.player).toHaveCount(1);
    await expect(video.player).toHaveAttribute(
      "src",
      /^(https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}|https:\/\/player\.vimeo\.com\/video\/\d+\?dnt=1)$/,
    );
    await expect(video.player).toHaveAttribute("title", `Video: ${title}`);
    await expect(video.player).toHaveAttribute("loading", "lazy");
    await expect(video.player).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  });
});

test.describe("not found", () => {
  // The seed fits every listing on one page, so page 2 is out of range too.
  for (const path of [
    "/refcards/page/2",
    "/refcards/page/abc",
    "/trend-reports/page/0",
    "/events/page/9999",
    "/events/page/-1",
    "/videos/page/2",
  ]) {
    test(`a bad page number answers 404: ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
    });
  }

  for (const path of [
    "/refcards/no-such-refcard",
    "/trend-reports/no-such-report",
    "/events/no-such-event",
    "/videos/no-such-video",
  ]) {
    test(`an unknown slug answers 404: ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
    });
  }

  test("an unknown event has no calendar file, and a Trend Report is not a Refcard", async ({ page }) => {
    const ics = await page.request.get("/events/no-such-event/calendar.ics");
    expect(ics.status()).toBe(404);

    await page.goto("/trend-reports");
    const reports = new ResourceListingPage(page);
    const reportHref = (await reports.titleLink(reports.items.first()).getAttribute("href")) ?? "";
    expect(reportHref).toMatch(/^\/trend-reports\//);
    const wrongKind = await page.goto(reportHref.replace("/trend-reports/", "/refcards/"));
    expect(wrongKind?.status()).toBe(404);
  });
});

test("page 1 of a listing redirects to the listing itself", async ({ page }) => {
  for (const base of ["/refcards", "/trend-reports", "/videos", "/events"]) {
    await page.goto(`${base}/page/1`);
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/not found/i);
  }
});
