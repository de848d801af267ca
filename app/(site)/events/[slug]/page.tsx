import type { Metadata } from "next";
import { getCachedEvent } from "@/components/event/event-data";
import { EventDetailView } from "@/components/event/event-detail-view";
import { eventMetadata } from "@/components/event/event-metadata";
import { listUpcomingEventSlugs } from "@/lib/db/events";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listUpcomingEventSlugs(new Date(), 20));
}

export async function generateMetadata({ params }: PageProps<"/events/[slug]">): Promise<Metadata> {
  const found = await getCachedEvent((await params).slug);
  return eventMetadata(found?.event ?? null);
}

export default async function EventPage({ params }: PageProps<"/events/[slug]">) {
  return <EventDetailView slug={(await params).slug} />;
}
