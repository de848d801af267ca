import { getCachedEvent } from "@/components/event/event-data";
import { eventToIcs } from "@/components/event/ics";
import { getCachedRedirect } from "@/components/site-admin/moved-data";
import { env } from "@/lib/env";
import { hasControlCharacters } from "@/lib/http/request";

/**
 * "Add to calendar": the event as an iCalendar (RFC 5545) file. A renamed event's old file
 * redirects to the new one; 404 for an unknown slug.
 */
export async function GET(_request: Request, { params }: RouteContext<"/events/[slug]/calendar.ics">) {
  const { slug } = await params;
  // A NUL cannot be in a slug, and PostgreSQL would refuse the lookup.
  const found = hasControlCharacters(slug) ? null : await getCachedEvent(slug);
  if (!found) {
    const moved =
      found === null && hasControlCharacters(slug) ? null : await getCachedRedirect(`/events/${slug}`);
    if (moved) {
      return new Response(null, { status: 308, headers: { Location: `${moved}/calendar.ics` } });
    }
    return new Response("Event not found\n", { status: 404, headers: { "Content-Type": "text/plain" } });
  }
  const site = new URL(env().SITE_URL);
  const pageUrl = new URL(`/events/${encodeURIComponent(found.event.slug)}`, site).toString();
  return new Response(eventToIcs(found.event, pageUrl, site.host), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.event.slug.replace(/[^a-z0-9-]/gi, "")}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
