import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

function asMap(siteUrl: string): Map<string, string> {
  return new Map(securityHeaders(siteUrl).map(({ key, value }) => [key, value]));
}

describe("securityHeaders", () => {
  it("sends the fixed headers on an http site without HSTS or upgrade-insecure-requests", () => {
    const headers = asMap("http://localhost:3000");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
    expect(headers.get("Permissions-Policy")).toContain("microphone=()");
    expect(headers.get("Permissions-Policy")).toContain("geolocation=()");
    expect(headers.has("Strict-Transport-Security")).toBe(false);
    expect(headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS and upgrade-insecure-requests when the site URL is https", () => {
    const headers = asMap("https://zonepress.example");
    expect(headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });

  it("allows eval only for next dev", () => {
    expect(contentSecurityPolicy(false, true)).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(contentSecurityPolicy(true)).not.toContain("unsafe-eval");
  });

  it("limits the policy to our origin, with frames only from the two video players", () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy(false)
        .split("; ")
        .map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self' 'unsafe-inline'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
      "img-src": "'self' data: https:",
      "frame-src": "https://www.youtube-nocookie.com https://player.vimeo.com",
    });
  });
});
