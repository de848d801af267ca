import { eventsListingMetadata } from "@/components/event/event-metadata";
import { EventsView } from "@/components/event/events-view";

export const metadata = eventsListingMetadata(1);

export default function EventsPage() {
  return <EventsView page={1} />;
}
