// An iCalendar (RFC 5545) file for one event, so readers can add it to their calendar.
// Times are written in UTC ("Z" form), which every calendar converts to the reader's zone;
// the event's own zone is kept in the description for people reading it.

export interface IcsEvent {
  id: number;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  onlineUrl: string | null;
  updatedAt: Date;
}

/** 20260303T080000Z: RFC 5545 §3.3.5 DATE-TIME in UTC. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped. */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n|\r/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space. Folding counts UTF-8
 * bytes and never splits a character (code points, so surrogate pairs stay together).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** The whole calendar file; `pageUrl` is the event's absolute URL, `host` names the UID's domain. */
export function eventToIcs(event: IcsEvent, pageUrl: string, host: string): string {
  const description = [event.summary, event.onlineUrl ? `Join online: ${event.onlineUrl}` : "", pageUrl]
    .filter(Boolean)
    .join("\n\n");
  const location = event.location ?? event.onlineUrl;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Zonepress//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:event-${event.id}@${host}`,
    // The last change, not the download time: the file is cached and must be stable.
    `DTSTAMP:${icsDateTime(event.updatedAt)}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${icsDateTime(event.endsAt)}`] : []),
    `SUMMARY:${icsText(event.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    ...(location ? [`LOCATION:${icsText(location)}`] : []),
    `URL:${pageUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
