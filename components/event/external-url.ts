// Registration and join links are typed by editors and rendered as links readers click: only
// absolute http(s) URLs are linked, so a `javascript:` or `data:` value can never run.

/** The URL, normalised, when it is an absolute http(s) URL; else null. */
export function safeExternalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
