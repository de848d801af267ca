import type { ReviewEvent } from "@/lib/db/review";
import { eventReasonLabel, eventTitle } from "@/lib/editorial/event-labels";
import { LocalTime } from "./local-time";

/** Every status change and correction, newest first, with who made it and what they wrote. */
export function ReviewHistory({ events }: { events: ReviewEvent[] }) {
  if (events.length === 0) return <p className="text-muted text-sm">No history yet.</p>;
  return (
    <ol className="border-surface-border space-y-3 border-l-2 pl-4 text-sm">
      {events.map((event) => {
        const reason = eventReasonLabel(event);
        return (
          <li key={event.id}>
            <p className="text-ink font-medium">{eventTitle(event)}</p>
            <p className="text-muted text-xs">
              {event.actor?.name ?? "Former member"} · <LocalTime iso={event.createdAt.toISOString()} />
            </p>
            {reason && <p className="text-ink-soft mt-1">Reason: {reason}</p>}
            {event.note && <p className="text-ink-soft mt-1 break-words whitespace-pre-line">{event.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
