// Formatting shared by server and client components. Dates are shown in UTC so a cached
// page reads the same for every visitor and for the server that rendered it.
const dateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
const longDateFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});
const numberFormat = new Intl.NumberFormat("en-US");

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "Tuesday, December 1, 2026" (UTC), e.g. the date over the home page's Spotlight. */
export function formatLongDate(date: Date): string {
  return longDateFormat.format(date);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "1 Like", "2 Likes", "0 Views" — the count with a correctly pluralised noun. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/**
 * The first `max` characters of an HTML fragment's text, cut at a word, for meta descriptions.
 * Only for our own stored, sanitized HTML (tags are dropped, the common entities decoded).
 */
export function htmlExcerpt(html: string, max = 160): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
