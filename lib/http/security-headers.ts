// Security headers for every response (next.config.ts `headers()`), built from the configured
// site URL. Script nonces are deliberately not used: a per-request nonce forces every page to
// render per request, which would undo cacheComponents ("use cache" pages served from cache).
// So scripts are limited to our own origin plus inline scripts (Next's bootstrap/RSC payload);
// markdown output is sanitised before render, which is what keeps injected inline script out.

/** Hosts the video pages embed (components/video/embed-url.ts); nothing else may be framed. */
export const VIDEO_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

export interface SecurityHeader {
  key: string;
  value: string;
}

/** `development`: `next dev` runs its refresh runtime through eval, so only there it is allowed. */
export function contentSecurityPolicy(https: boolean, development = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${VIDEO_FRAME_HOSTS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

const PERMISSIONS_OFF = ["camera", "microphone", "geolocation", "payment", "usb"];

/** The headers for a site served at `siteUrl`; HSTS only when that URL is https. */
export function securityHeaders(siteUrl: string, development = false): SecurityHeader[] {
  const https = new URL(siteUrl).protocol === "https:";
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(https, development) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(", ") },
    { key: "X-Frame-Options", value: "DENY" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
