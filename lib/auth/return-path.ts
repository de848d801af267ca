/**
 * `next` as a same-site path to return to after logging in, or "/". Only paths on this site are
 * accepted: "//evil.example", "/\\evil.example", "https://…" and anything with control characters
 * are open-redirect tricks and fall back to the home page. Login and join pages themselves are not
 * returned to.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || next.length > 2000) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  // Control characters and backslashes: browsers normalise some of them into "//".
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, "http://zonepress.invalid");
  } catch {
    return "/";
  }
  if (url.origin !== "http://zonepress.invalid") return "/";
  if (/^\/(login|join)(\/|$)/.test(url.pathname) || url.pathname.startsWith("/api/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
