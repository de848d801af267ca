import type { Metadata } from "next";
import type { EventDetail } from "@/lib/db/events";
import { pageHref } from "@/lib/pagination";

const DESCRIPTION = "Conferences, meetups, webinars and hands-on labs for developers, online and in person.";

export function eventsListingMetadata(page: number): Metadata {
  const title = page > 1 ? `Past events — page ${page}` : "Events";
  const url = pageHref("/events", page);
  return {
    title,
    description: DESCRIPTION,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description: DESCRIPTION, url },
  };
}

export function eventMetadata(event: EventDetail | null): Metadata {
  if (!event) return { title: "Event not found" };
  const url = `/events/${event.slug}`;
  const description = event.summary || undefined;
  return {
    title: event.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: event.title, description, url },
  };
}
