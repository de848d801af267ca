import type { EventSummary } from "@/lib/db/events";

/** "In person · Hall, City" or "Online": where an event happens, in a word or two. */
export function EventLocation({ event }: { event: Pick<EventSummary, "location" | "onlineUrl"> }) {
  if (event.location) {
    return (
      <span>
        <span className="text-ink-soft font-medium">In person</span> · {event.location}
      </span>
    );
  }
  return <span className="text-ink-soft font-medium">Online</span>;
}
