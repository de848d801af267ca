// Outbox times to the minute, in UTC like every date on the site (lib/format.ts), so what an
// admin reads matches the server's logs.
const format = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

export function DateTime({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{format.format(value)} UTC</time>;
}
