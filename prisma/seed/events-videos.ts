// Events (past and upcoming, in person or online, in several time zones) and videos with
// plausible provider ids. All times are relative to `now` so "upcoming" stays upcoming.
import { titleCase } from "./article-copy";
import { allZones, type ZoneSpec } from "./catalog";
import { proseContext } from "./markdown-body";
import { ADVICE, EXPLAIN, INTRO, paragraph, type Sentence } from "./prose";
import { Rng } from "./prng";
import { ONLINE_ZONES, VENUES } from "./vocabulary";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface EventPlan {
  slug: string;
  title: string;
  summary: string;
  markdown: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  location: string | null;
  onlineUrl: string | null;
  registrationUrl: string;
  zoneSlug: string;
}

export interface VideoPlan {
  slug: string;
  title: string;
  summary: string;
  provider: "YOUTUBE" | "VIMEO";
  providerId: string;
  durationSeconds: number;
  zoneSlug: string;
  publishedAt: Date;
}

const VENUE_FORMATS = ["Summit", "Meetup", "Conference", "Workshop"];
const ONLINE_FORMATS = ["Virtual Roundtable", "Online Workshop", "Webinar", "Hands-On Lab"];
const YOUTUBE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function eventBody(rng: Rng, zone: ZoneSpec, inPerson: boolean): string {
  const p = proseContext(rng, zone);
  const used = new Set<Sentence>();
  const agenda = rng
    .sample(zone.topics, 4)
    .map((topic, i) => `${i + 1}. **${String(9 + i).padStart(2, "0")}:00** — ${titleCase(topic)}`);
  return [
    paragraph(rng, p, used, [INTRO, EXPLAIN]),
    "## Agenda",
    agenda.join("\n"),
    "## Who Should Attend",
    paragraph(rng, p, used, [ADVICE, EXPLAIN]),
    inPerson
      ? "Seats are limited; registration closes when the room is full."
      : "The session is recorded; registered attendees get the recording by email.",
  ].join("\n\n");
}

export function planEvents(seed: number, now: Date): EventPlan[] {
  const rng = Rng.derive(seed, "events");
  const zones = allZones();
  const plans: EventPlan[] = [];
  // Offsets in days: five past, five upcoming.
  const offsets = [-240, -150, -75, -30, -9, 6, 19, 45, 80, 130];
  offsets.forEach((offset, index) => {
    const zone = rng.pick(zones);
    const inPerson = index % 2 === 0;
    const venue = rng.pick(VENUES);
    const format = rng.pick(inPerson ? VENUE_FORMATS : ONLINE_FORMATS);
    const title = `${zone.name} ${format}${inPerson ? ` ${venue.city.split(",")[0]}` : ""} ${new Date(now.getTime() + offset * DAY).getUTCFullYear()}`;
    const day = new Date(now.getTime() + offset * DAY);
    const startsAt = new Date(
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), inPerson ? venue.hourUtc : 16),
    );
    const slug = `${slugify(title)}-${index + 1}`;
    plans.push({
      slug,
      title,
      summary: inPerson
        ? `A day of talks and hallway conversations about ${zone.name.toLowerCase()} in ${venue.city}.`
        : `A live online session on ${rng.pick(zone.topics)}, with time for questions.`,
      markdown: eventBody(rng, zone, inPerson),
      startsAt,
      endsAt: new Date(startsAt.getTime() + (inPerson ? 8 : rng.pick([1, 1.5, 2])) * HOUR),
      timezone: inPerson ? venue.timezone : rng.pick(ONLINE_ZONES),
      location: inPerson ? `${venue.venue}, ${venue.city}` : null,
      onlineUrl: inPerson ? null : `https://events.example.com/live/${slug}`,
      registrationUrl: `https://events.example.com/register/${slug}`,
      zoneSlug: zone.slug,
    });
  });
  return plans;
}

export function planVideos(seed: number, now: Date): VideoPlan[] {
  const rng = Rng.derive(seed, "videos");
  const zones = allZones();
  return Array.from({ length: 12 }, (_, index) => {
    const zone = rng.pick(zones);
    const tool = rng.pick(zone.tools);
    const topic = rng.pick(zone.topics);
    const title = titleCase(
      rng.pick([
        `${tool} in 20 Minutes`,
        `Live Demo: ${topic} With ${tool}`,
        `Ask an Expert: ${topic}`,
        `${topic} Explained`,
        `Whiteboard Session: ${topic}`,
      ]),
    );
    const youtube = index % 3 !== 2;
    return {
      slug: `${slugify(title)}-${index + 1}`,
      title,
      summary: `A ${youtube ? "short" : "recorded"} session on ${topic} with practical examples using ${tool}.`,
      provider: youtube ? "YOUTUBE" : "VIMEO",
      providerId: youtube ? rng.token(11, YOUTUBE_ALPHABET) : String(rng.int(100_000_000, 999_999_999)),
      durationSeconds: rng.int(4, 58) * 60 + rng.int(0, 59),
      zoneSlug: zone.slug,
      publishedAt: new Date(now.getTime() - (index * 37 + rng.int(1, 30)) * DAY),
    } satisfies VideoPlan;
  });
}
