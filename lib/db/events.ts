import "server-only";
import { readDb } from "./client";
import type { Prisma } from "./generated/client";

export interface EventSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date | null;
  /** IANA zone the event is announced in; times are shown in it. */
  timezone: string;
  /** Venue for in-person events; null for online ones. */
  location: string | null;
  onlineUrl: string | null;
  zone: { slug: string; name: string } | null;
}

export interface EventDetail extends EventSummary {
  /** Rendered and sanitized when the event was saved. */
  bodyHtml: string;
  registrationUrl: string | null;
  updatedAt: Date;
}

export interface EventPage {
  events: EventSummary[];
  total: number;
}

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  location: true,
  onlineUrl: true,
  zone: { select: { slug: true, name: true } },
} satisfies Prisma.EventSelect;

/**
 * An event is upcoming until it is over: until its end, or until its start when it has no end.
 * So an event in progress is still listed as upcoming (people may still join).
 */
function upcoming(now: Date): Prisma.EventWhereInput {
  return { OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }] };
}

function past(now: Date): Prisma.EventWhereInput {
  return { OR: [{ endsAt: { lt: now } }, { endsAt: null, startsAt: { lt: now } }] };
}

/** Events not over at `now`, soonest first. */
export function listUpcomingEvents(now: Date, limit: number): Promise<EventSummary[]> {
  return readDb.event.findMany({
    where: upcoming(now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: summarySelect,
  });
}

/** One page of the events over at `now`, most recent first. */
export async function listPastEventsPage(now: Date, page: number, pageSize: number): Promise<EventPage> {
  const where = past(now);
  const [total, events] = await Promise.all([
    readDb.event.count({ where }),
    readDb.event.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: summarySelect,
    }),
  ]);
  return { events, total };
}

/** An event by slug (events have no draft state: every stored event is public), or null. */
export function getEventBySlug(slug: string): Promise<EventDetail | null> {
  return readDb.event.findUnique({
    where: { slug },
    select: { ...summarySelect, bodyHtml: true, registrationUrl: true, updatedAt: true },
  });
}

/** Slugs of the next events not over at `now`, to prerender them at build. */
export async function listUpcomingEventSlugs(now: Date, limit: number): Promise<string[]> {
  const rows = await readDb.event.findMany({
    where: upcoming(now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** Events with these ids, in the order of `ids`; unknown ids are dropped. */
export async function listEventsByIds(ids: number[]): Promise<EventSummary[]> {
  if (ids.length === 0) return [];
  const rows = await readDb.event.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
