// Times in editorial messages that are stored or mailed (history notes, emails): day and time
// in UTC, said so, because the reader's time zone is not known when they are written. Pages
// show schedule times in the editor's own zone with components/review/local-time.tsx.
const dateTime = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** "Dec 3, 2026, 14:05 UTC". */
export function formatDateTimeUtc(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
