// The editor's time zone, as the browser knows it, for the schedule form: the date-time input
// is read in this zone and sent to the server as an ISO instant.

/** "Asia/Kolkata (GMT+05:30)"; null outside a browser. */
export function describeTimeZone(date = new Date()): string | null {
  if (typeof window === "undefined") return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = new Intl.DateTimeFormat("en-US", { timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")?.value;
  return offset ? `${zone} (${offset})` : zone;
}

/** The value a `datetime-local` input shows for `date` in the browser's zone ("2026-12-03T15:05"). */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The instant a `datetime-local` value means in the browser's zone, or null when it is not a
 * complete date and time. (A date-time string without an offset is local time in JavaScript.)
 */
export function fromLocalInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
