import type { MyArticleEvent } from "@/lib/authoring/my-articles";
import { eventReasonLabel, eventTitle } from "@/lib/editorial/event-labels";
import { formatDateTime } from "./when";

/** Every status change of one article, newest first, folded away until asked for. */
export function EventHistory({ events }: { events: MyArticleEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details className="mt-3 text-sm">
      <summary className="text-brand-700 cursor-pointer font-medium">
        History ({events.length} {events.length === 1 ? "change" : "changes"})
      </summary>
      <ol className="border-surface-border mt-2 space-y-2 border-l-2 pl-4">
        {events.map((event) => (
          <li key={event.id} className="text-ink-soft">
            <time dateTime={event.createdAt.toISOString()} className="text-muted">
              {formatDateTime(event.createdAt)}
            </time>
            {": "}
            <span className="text-ink">{eventTitle(event)}</span>
            {eventReasonLabel(event) && <p className="mt-0.5">Reason: {eventReasonLabel(event)}</p>}
            {event.note && <p className="mt-0.5 break-words whitespace-pre-line">{event.note}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
