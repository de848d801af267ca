// Event times are typed as wall-clock times in the event's own IANA time zone ("10:00 in
// Europe/Berlin"), whatever zone the editor's browser or the server is in, and stored as instants.
// Isomorphic (the form shows the same conversion the server does); only Intl, no dependency.

/** "YYYY-MM-DDTHH:mm", the value of an <input type="datetime-local">. */
export const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True when the runtime knows `timeZone` as an IANA zone name (or "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "" || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time of `instant` in `timeZone`, as "YYYY-MM-DDTHH:mm". */
export function toWallTime(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Minutes `timeZone` is ahead of UTC at `instantMs`. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const wall = WALL_TIME_PATTERN.exec(toWallTime(new Date(instantMs), timeZone))!;
  const asUtc = Date.UTC(+wall[1]!, +wall[2]! - 1, +wall[3]!, +wall[4]!, +wall[5]!);
  return Math.round((asUtc - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

export type WallTimeResult = { ok: true; instant: Date } | { ok: false; reason: "malformed" | "nonexistent" };

/**
 * The instant at which clocks in `timeZone` show `wallTime`. A time skipped by a daylight-saving
 * change (02:30 on a spring-forward night) does not exist and is refused; a time that happens
 * twice (autumn) is the first of the two, as calendars do.
 */
export function fromWallTime(wallTime: string, timeZone: string): WallTimeResult {
  const match = WALL_TIME_PATTERN.exec(wallTime);
  if (!match) return { ok: false, reason: "malformed" };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 2026-02-31 over to March: such a date is not a date.
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    return { ok: false, reason: "malformed" };
  }
  // The offsets in force a day either side cover every transition near this wall time.
  const DAY = 86_400_000;
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetMinutes(asUtc + shift, timeZone)));
  const candidates = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => toWallTime(new Date(instant), timeZone) === wallTime)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? { ok: false, reason: "nonexistent" } : { ok: true, instant: new Date(first) };
}
