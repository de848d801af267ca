import Link from "next/link";
import { EventLocation } from "@/components/event/event-location";
import { EventWhen } from "@/components/event/event-when";
import type { EventSummary } from "@/lib/db/events";

/** One event in a list: title, when (in its zone), where, zone and summary. */
export function EventCard({ event }: { event: EventSummary }) {
  return (
    <article className="border-surface-border border-b py-4">
      <h3 className="text-ink text-base leading-snug font-semibold">
        <Link href={`/events/${event.slug}`} className="hover:text-brand-600 hover:underline">
          {event.title}
        </Link>
      </h3>
      <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
        <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timezone={event.timezone} />
        <span aria-hidden="true">·</span>
        <EventLocation event={event} />
        {event.zone && (
          <>
            <span aria-hidden="true">·</span>
            <Link href={`/zones/${event.zone.slug}`} className="hover:text-brand-600 hover:underline">
              {event.zone.name}
            </Link>
          </>
        )}
      </p>
      {event.summary && <p className="text-ink-soft mt-2 text-sm">{event.summary}</p>}
    </article>
  );
}

/** Events as a list, or a helpful sentence when there are none. */
export function EventList({ events, empty }: { events: EventSummary[]; empty: React.ReactNode }) {
  if (events.length === 0) return <p className="text-muted py-4 text-sm">{empty}</p>;
  return (
    <div>
      {events.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
    </div>
  );
}
