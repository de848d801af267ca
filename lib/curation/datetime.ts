// Instants ↔ the value of an <input type="datetime-local">, in the time zone of the runtime that
// calls them: in the editor's browser that is the editor's own zone, and the server only ever
// receives the resulting ISO instant.

const pad = (n: number) => String(n).padStart(2, "0");

/** "2027-01-05T14:30" for an ISO instant, in local time; "" for none. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO instant of a local "YYYY-MM-DDTHH:mm" value; null when empty or not a real date. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const d = new Date(year, month - 1, day, hours, minutes);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const displayFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
});

/** "Jan 5, 2027, 2:30 PM" in local time. */
export function formatLocalDateTime(iso: string): string {
  return displayFormat.format(new Date(iso));
}
