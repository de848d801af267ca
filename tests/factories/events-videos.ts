import { db } from "@/lib/db/client";
import type { Event, Prisma, Video } from "@/lib/db/generated/client";
import { uniqueSuffix } from "./unique";

const HOUR = 3_600_000;

/** An event with a unique slug, starting in a day and lasting two hours unless given; no zone unless given. */
export async function createEvent(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}): Promise<Event> {
  const n = uniqueSuffix();
  const title = overrides.title ?? `Test event ${n}`;
  const startsAt = overrides.startsAt ? new Date(overrides.startsAt) : new Date(Date.now() + 24 * HOUR);
  return db.event.create({
    data: {
      slug: `test-event-${n}`,
      title,
      summary: `Summary of ${title}.`,
      bodyMarkdown: `About ${title}.`,
      bodyHtml: `<p>About ${title}.</p>`,
      bodyText: `About ${title}.`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      timezone: "Europe/Berlin",
      location: "Test Hall, Berlin",
      registrationUrl: `https://events.example.test/register/${n}`,
      ...overrides,
    },
  });
}

/**
 * A published YouTube video with a unique slug and a valid, unique 11-character id unless
 * given; pass `publishedAt: null` for an unpublished one.
 */
export async function createVideo(overrides: Partial<Prisma.VideoUncheckedCreateInput> = {}): Promise<Video> {
  const n = uniqueSuffix();
  const title = overrides.title ?? `Test video ${n}`;
  return db.video.create({
    data: {
      slug: `test-video-${n}`,
      title,
      summary: `Summary of ${title}.`,
      provider: "YOUTUBE",
      providerId: youtubeId(n),
      durationSeconds: 754,
      publishedAt: new Date(),
      ...overrides,
    },
  });
}

/** 11 characters from the YouTube id alphabet, unique per suffix ("3-a1b2c3" → "t3_a1b2c3xx"). */
function youtubeId(suffix: string): string {
  return `t${suffix.replace(/[^A-Za-z0-9]/g, "_")}`.padEnd(11, "x").slice(0, 11);
}
