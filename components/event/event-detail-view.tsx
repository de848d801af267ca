import Link from "next/link";
import { notFound } from "next/navigation";
import { getCachedEvent } from "@/components/event/event-data";
import { EventLocation } from "@/components/event/event-location";
import { formatEventWhen } from "@/components/event/event-time";
import { safeExternalUrl } from "@/components/event/external-url";
import { redirectIfMoved } from "@/components/site-admin/moved-data";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";

const buttonClass =
  "inline-block rounded-md px-4 py-2 text-sm font-semibold whitespace-nowrap focus-visible:outline-2";

/**
 * An event's page: when (in its zone), where, registration, calendar file and details. A renamed
 * event's old slug redirects; 404 when unknown.
 */
export async function EventDetailView({ slug }: { slug: string }) {
  const found = await getCachedEvent(slug);
  if (!found) {
    await redirectIfMoved(`/events/${slug}`);
    notFound();
  }
  const { event, ended } = found;
  const registrationUrl = safeExternalUrl(event.registrationUrl);
  const joinUrl = event.location ? null : safeExternalUrl(event.onlineUrl);

  return (
    <Container className="py-8">
      <Breadcrumbs
        items={[{ name: "Home", href: "/" }, { name: "Events", href: "/events" }, { name: event.title }]}
      />
      <article className="mt-4 max-w-prose">
        <header>
          {event.zone && (
            <Link
              href={`/zones/${event.zone.slug}`}
              className="text-brand-600 text-sm font-semibold hover:underline"
            >
              {event.zone.name}
            </Link>
          )}
          <h1 className="text-ink mt-1 text-3xl leading-tight font-extrabold sm:text-4xl">{event.title}</h1>
          {event.summary && <p className="text-ink-soft mt-3 text-lg">{event.summary}</p>}
        </header>
        <dl className="border-surface-border bg-surface-sunken mt-6 grid gap-x-6 gap-y-3 rounded-lg border p-5 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted font-semibold">When</dt>
          <dd className="text-ink">
            <time dateTime={event.startsAt.toISOString()}>
              {formatEventWhen(event.startsAt, event.endsAt, event.timezone)}
            </time>
            <span className="text-muted block text-xs">Time zone: {event.timezone}</span>
          </dd>
          <dt className="text-muted font-semibold">Where</dt>
          <dd className="text-ink">
            <EventLocation event={event} />
            {joinUrl && !ended && (
              <a
                href={joinUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="text-brand-600 block text-xs hover:underline"
              >
                Join link<span className="sr-only"> (opens in a new tab)</span>
              </a>
            )}
          </dd>
        </dl>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {ended ? (
            <p className="text-muted text-sm font-medium">This event has ended.</p>
          ) : (
            registrationUrl && (
              <a
                href={registrationUrl}
                target="_blank"
                rel="noopener noreferrer"
                className={`bg-brand-600 hover:bg-brand-700 text-on-brand ${buttonClass}`}
              >
                Register<span className="sr-only"> (opens the organiser&apos;s site in a new tab)</span>
              </a>
            )
          )}
          {!ended && (
            <a
              href={`/events/${event.slug}/calendar.ics`}
              download={`${event.slug}.ics`}
              className={`border-surface-border text-ink-soft hover:border-brand-500 hover:text-brand-600 border ${buttonClass}`}
            >
              Add to calendar
            </a>
          )}
        </div>
        {/* bodyHtml was rendered and sanitized by lib/markdown when the event was saved. Code wraps
              instead of scrolling: a scrollable <pre> is not keyboard-reachable (axe
              scrollable-region-focusable) until the render pipeline makes <pre> focusable. */}
        <div
          className="prose-body mt-8 [&_pre]:break-words [&_pre]:whitespace-pre-wrap"
          dangerouslySetInnerHTML={{ __html: event.bodyHtml }}
        />
      </article>
    </Container>
  );
}
