import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/articles/hello-world", "/articles/hello-world"],
    ["/zones/java/page/2?x=1#top", "/zones/java/page/2?x=1#top"],
    ["/settings/profile", "/settings/profile"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/login",
    "/login?next=/x",
    "/join",
    "/api/auth/logout",
    "",
    null,
    undefined,
    `/${"a".repeat(3000)}`,
  ])("falls back to the home page for %s", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });
});
