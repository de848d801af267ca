import Link from "next/link";
import { notFound } from "next/navigation";
import { EventList } from "@/components/event/event-card";
import {
  getCachedPastEvents,
  getCachedUpcomingEvents,
  PAST_EVENTS_PAGE_SIZE,
} from "@/components/event/event-data";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { Pager } from "@/components/ui/pager";
import { SectionHeading } from "@/components/ui/section-heading";
import { totalPages } from "@/lib/pagination";

/**
 * `/events`: upcoming events (soonest first), then page 1 of the past ones (most recent first).
 * `/events/page/<n>` (n ≥ 2): page n of the past events only. 404 past the last page.
 */
export async function EventsView({ page }: { page: number }) {
  const [upcoming, past] = await Promise.all([
    page === 1 ? getCachedUpcomingEvents() : Promise.resolve([]),
    getCachedPastEvents(page),
  ]);
  if (page > 1 && past.events.length === 0) notFound();
  const pager = (
    <Pager basePath="/events" current={page} pages={totalPages(past.total, PAST_EVENTS_PAGE_SIZE)} />
  );

  if (page > 1) {
    return (
      <Container className="py-8">
        <Breadcrumbs
          items={[{ name: "Home", href: "/" }, { name: "Events", href: "/events" }, { name: "Past events" }]}
        />
        <h1 className="text-ink mt-1 text-3xl font-extrabold">Past events — page {page}</h1>
        <section aria-label="Past events" className="mt-6">
          <EventList events={past.events} empty="No past events." />
          {pager}
        </section>
      </Container>
    );
  }

  return (
    <Container className="py-8">
      <Breadcrumbs items={[{ name: "Home", href: "/" }, { name: "Events" }]} />
      <h1 className="text-ink mt-1 text-3xl font-extrabold">Events</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Conferences, meetups, webinars and hands-on labs for developers, online and in person. Times are shown
        in each event&apos;s own time zone.
      </p>
      <section aria-labelledby="upcoming-events" className="mt-8">
        <SectionHeading id="upcoming-events">Upcoming events</SectionHeading>
        <EventList
          events={upcoming}
          empty={
            <>
              No upcoming events are scheduled right now. Check back soon, or catch up on{" "}
              <Link href="/videos" className="text-brand-600 hover:underline">
                recorded sessions in the Video Library
              </Link>
              .
            </>
          }
        />
      </section>
      <section aria-labelledby="past-events" className="mt-10">
        <SectionHeading id="past-events">Past events</SectionHeading>
        <EventList events={past.events} empty="No events have taken place yet." />
        {pager}
      </section>
    </Container>
  );
}
