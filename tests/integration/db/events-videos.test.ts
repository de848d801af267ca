import { beforeAll, describe, expect, it } from "vitest";
import {
  getEventBySlug,
  listPastEventsPage,
  listUpcomingEvents,
  listUpcomingEventSlugs,
} from "@/lib/db/events";
import { getPublishedVideoBySlug, listRecentVideoSlugs, listVideoPage } from "@/lib/db/videos";
import { createEvent, createVideo } from "../../factories/events-videos";
import { createZone } from "../../factories/zones";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Other test files share the database and create events around the real current time. With
// "now" in 2200, all of those are past and older than ours: our upcoming events are the only
// upcoming ones and our past events come first in the past list.
describe("events: upcoming vs past at a fixed now", () => {
  const NOW = new Date(Date.UTC(2200, 5, 1, 12));
  const at = (offset: number) => new Date(NOW.getTime() + offset);
  const upcomingSlugs: string[] = []; // soonest first
  const pastSlugs: string[] = []; // most recent first
  let zoneSlug: string;
  let detailSlug: string;

  beforeAll(async () => {
    const zone = await createZone({ name: "Events Zone" });
    zoneSlug = zone.slug;
    // Created out of order so the sort, not insertion order, decides.
    const later = await createEvent({ startsAt: at(10 * DAY), endsAt: at(10 * DAY + HOUR), zoneId: zone.id });
    const inProgress = await createEvent({ startsAt: at(-HOUR), endsAt: at(HOUR) });
    const noEndYet = await createEvent({
      startsAt: at(2 * DAY),
      endsAt: null,
      location: null,
      onlineUrl: "https://live.example.test/x",
    });
    upcomingSlugs.push(inProgress.slug, noEndYet.slug, later.slug);

    const justEnded = await createEvent({ startsAt: at(-2 * HOUR), endsAt: at(-1) });
    const noEndStarted = await createEvent({ startsAt: at(-3 * DAY), endsAt: null });
    const older = [];
    for (let i = 0; i < 3; i++)
      older.push(await createEvent({ startsAt: at(-(10 + i) * DAY), endsAt: at(-(10 + i) * DAY + HOUR) }));
    pastSlugs.push(justEnded.slug, noEndStarted.slug, ...older.map((e) => e.slug));
    detailSlug = later.slug;
  });

  it("lists events not over yet, soonest first, including one in progress", async () => {
    const events = await listUpcomingEvents(NOW, 50);
    expect(events.map((e) => e.slug)).toEqual(upcomingSlugs);
    expect(await listUpcomingEventSlugs(NOW, 2)).toEqual(upcomingSlugs.slice(0, 2));
  });

  it("lists events that are over, most recent first, page by page", async () => {
    const pages = await Promise.all([1, 2, 3].map((p) => listPastEventsPage(NOW, p, 2)));
    // Page 3 holds our oldest past event, then perhaps other files' (older) events.
    expect(pages.map((p) => p.events.length).slice(0, 2)).toEqual([2, 2]);
    const slugs = pages.flatMap((p) => p.events.map((e) => e.slug));
    expect(slugs.slice(0, 5)).toEqual(pastSlugs);
    expect(pages[0]?.total).toBeGreaterThanOrEqual(5);
    const upcoming = new Set(upcomingSlugs);
    expect(slugs.some((s) => upcoming.has(s))).toBe(false);
  });

  it("moves an event to the past once it has ended", async () => {
    const afterEnd = at(HOUR + 1);
    expect((await listUpcomingEvents(afterEnd, 50)).map((e) => e.slug)).not.toContain(upcomingSlugs[0]);
    expect((await listPastEventsPage(afterEnd, 1, 1)).events[0]?.slug).toBe(upcomingSlugs[0]);
  });

  it("reads an event's details with its zone, and null for an unknown slug", async () => {
    const event = await getEventBySlug(detailSlug);
    expect(event).toMatchObject({
      slug: detailSlug,
      timezone: "Europe/Berlin",
      location: "Test Hall, Berlin",
      zone: { slug: zoneSlug, name: "Events Zone" },
    });
    expect(event?.bodyHtml).toMatch(/^<p>About /);
    expect(event?.registrationUrl).toMatch(/^https:\/\/events\.example\.test\/register\//);
    expect(await getEventBySlug("no-such-event")).toBeNull();
  });
});

// Others create videos published at the real current time; reading at a "now" in 1990 puts
// those in the future, so only ours (published in 1989) are visible here.
describe("videos: only published ones, newest first", () => {
  const NOW = new Date(Date.UTC(1990, 0, 1));
  const publishedSlugs: string[] = []; // newest first
  let draftSlug: string;
  let scheduledSlug: string;

  beforeAll(async () => {
    const zone = await createZone();
    for (let i = 0; i < 5; i++) {
      const video = await createVideo({ publishedAt: new Date(Date.UTC(1989, 0, 1 + i)), zoneId: zone.id });
      publishedSlugs.unshift(video.slug);
    }
    draftSlug = (await createVideo({ publishedAt: null })).slug;
    scheduledSlug = (await createVideo({ publishedAt: new Date(NOW.getTime() + DAY) })).slug;
  });

  it("pages through published videos newest first and never lists unpublished ones", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((p) => listVideoPage(p, 2, NOW)));
    expect(pages.map((p) => p.videos.length)).toEqual([2, 2, 1, 0]);
    expect(pages[0]?.total).toBe(5);
    expect(pages.flatMap((p) => p.videos.map((v) => v.slug))).toEqual(publishedSlugs);
    expect(await listRecentVideoSlugs(10, NOW)).toEqual(publishedSlugs);
  });

  it("reads a published video and null for unknown, unpublished or scheduled ones", async () => {
    const video = await getPublishedVideoBySlug(publishedSlugs[0] ?? "", NOW);
    expect(video).toMatchObject({ provider: "YOUTUBE", durationSeconds: 754 });
    expect(video?.providerId).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(await getPublishedVideoBySlug("no-such-video", NOW)).toBeNull();
    expect(await getPublishedVideoBySlug(draftSlug, NOW)).toBeNull();
    expect(await getPublishedVideoBySlug(scheduledSlug, NOW)).toBeNull();
    expect((await getPublishedVideoBySlug(scheduledSlug, new Date(NOW.getTime() + 2 * DAY)))?.slug).toBe(
      scheduledSlug,
    );
  });
});
