// Times in editorial messages that are stored or mailed (history notes, emails): day and time
// in UTC, said so, because the reader's time zone is not known when they are written. Pages
// show times in the viewer's own zone with components/review/local-time.tsx, in the same parts.

/** Day and minute, 24-hour clock. */
export const DATE_TIME_PARTS: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

const utcDateTime = new Intl.DateTimeFormat("en-US", { ...DATE_TIME_PARTS, timeZone: "UTC" });

/** "Dec 3, 2026, 14:05 UTC". */
export function formatDateTimeUtc(date: Date): string {
  return `${utcDateTime.format(date)} UTC`;
}
