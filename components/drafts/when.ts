// Dates on Manage My Drafts: day and time (an author cares whether they saved this morning or
// yesterday), in UTC like every date the server renders (lib/format.ts), and said so.
const dateTime = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
