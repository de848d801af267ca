import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { getEventBySlug, listPastEventsPage, listUpcomingEvents, type EventDetail } from "@/lib/db/events";
import type { EventPage, EventSummary } from "@/lib/db/events";

// Cached reads of events. Whether an event is upcoming depends on the clock, so the clock is
// read inside these cached functions (never in a page: under cacheComponents that would make the
// page dynamic) and they live for "minutes": an event moves to "Past events" a minute or two
// after it ends, without anyone invalidating anything.

/** Past events per page, on /events (page 1) and /events/page/<n>. */
export const PAST_EVENTS_PAGE_SIZE = 10;
/** Upcoming events are few; they are shown all at once, up to this many. */
export const UPCOMING_EVENTS_LIMIT = 50;

export async function getCachedUpcomingEvents(): Promise<EventSummary[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.events);
  return listUpcomingEvents(new Date(), UPCOMING_EVENTS_LIMIT);
}

export async function getCachedPastEvents(page: number): Promise<EventPage> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.events);
  return listPastEventsPage(new Date(), page, PAST_EVENTS_PAGE_SIZE);
}

export interface EventWithStatus {
  event: EventDetail;
  /** Over at the time of reading (then registration is pointless). */
  ended: boolean;
}

export async function getCachedEvent(slug: string): Promise<EventWithStatus | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.events, TAGS.event(slug));
  const event = await getEventBySlug(slug);
  if (!event) return null;
  const end = event.endsAt ?? event.startsAt;
  return { event, ended: end.getTime() < Date.now() };
}
