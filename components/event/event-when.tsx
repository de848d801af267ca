import { formatEventWhen } from "@/components/event/event-time";

/** The event's date and time in its own zone, with a machine-readable start. */
export function EventWhen({
  startsAt,
  endsAt,
  timezone,
}: {
  startsAt: Date;
  endsAt: Date | null;
  timezone: string;
}) {
  return <time dateTime={startsAt.toISOString()}>{formatEventWhen(startsAt, endsAt, timezone)}</time>;
}
