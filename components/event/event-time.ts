// Event times are shown in the event's own time zone, whatever zone the server runs in, with the
// zone's abbreviation ("CET", "EDT", "AEST") so a reader elsewhere knows which clock is meant.

const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN"] as const;
const GMT_OFFSET = /^(GMT|UTC)[+\-−]/;

/** `timeZone` when the runtime knows it, else "UTC" (a bad stored value must not break the page). */
export function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function zoneName(date: Date, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "UTC";
}

/**
 * The zone's short name at `date`: the first English locale that has a real abbreviation
 * (en-US knows "EST" but calls Berlin "GMT+1"; en-GB knows "CET"; en-AU "AEST"; en-IN "IST"),
 * falling back to the GMT offset ("GMT+8") where none has one.
 */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  let fallback = "";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = zoneName(date, zone, locale);
    if (!GMT_OFFSET.test(name)) return name;
    fallback ||= name;
  }
  return fallback;
}

function dayFormat(timeZone: string) {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
  });
}

function timeFormat(timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" });
}

/** "Tue, Mar 3, 2026, 9:00 AM CET" in the event's zone. */
export function formatEventDateTime(date: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  return `${dayFormat(zone).format(date)}, ${timeFormat(zone).format(date)} ${zoneAbbreviation(date, zone)}`;
}

/**
 * When an event happens, in its zone: "Tue, Mar 3, 2026, 9:00 AM – 5:00 PM CET" on one day,
 * both full date-times across days, just the start when there is no end.
 */
export function formatEventWhen(startsAt: Date, endsAt: Date | null, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  if (!endsAt) return formatEventDateTime(startsAt, zone);
  const days = dayFormat(zone);
  const startAbbr = zoneAbbreviation(startsAt, zone);
  const endAbbr = zoneAbbreviation(endsAt, zone);
  if (days.format(startsAt) === days.format(endsAt) && startAbbr === endAbbr) {
    const times = timeFormat(zone);
    return `${days.format(startsAt)}, ${times.format(startsAt)} – ${times.format(endsAt)} ${startAbbr}`;
  }
  return `${formatEventDateTime(startsAt, zone)} – ${formatEventDateTime(endsAt, zone)}`;
}
