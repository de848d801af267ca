import type { Metadata } from "next";
import { eventsListingMetadata } from "@/components/event/event-metadata";
import { EventsView } from "@/components/event/events-view";
import { pageFromSegment } from "@/lib/page-route";
import { parsePageSegment } from "@/lib/pagination";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/events/page/[page]">): Promise<Metadata> {
  return eventsListingMetadata(parsePageSegment((await params).page) ?? 1);
}

/** Page n (≥ 2) of the past events; page 1 is /events itself. */
export default async function PastEventsPage({ params }: PageProps<"/events/page/[page]">) {
  const page = pageFromSegment((await params).page, "/events");
  return <EventsView page={page} />;
}
