import "server-only";
import { escapeHtml } from "@/lib/feeds/html";
import { problem } from "@/lib/http/problem";

// Download links are opened by browsers (a click on Download), so a refused link answers a
// short page a person can read, with the way back, and problem JSON to anything else.

export const NO_STORE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export function downloadRefusal(
  request: Request,
  {
    status,
    title,
    detail,
    back,
  }: { status: 403 | 404 | 410; title: string; detail: string; back: string | null },
): Response {
  if (!(request.headers.get("accept") ?? "").includes("text/html")) {
    return problem({
      status,
      title,
      detail,
      code: status === 410 ? "link-expired" : "link-refused",
      headers: NO_STORE,
    });
  }
  const link = back ? `<p><a href="${escapeHtml(back)}">Back to the page to download it again</a></p>` : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}a{color:#1d4ed8}</style></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>${link}</body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "X-Content-Type-Options": "nosniff", ...NO_STORE },
  });
}
