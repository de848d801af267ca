import "server-only";
import type { SearchType } from "@/lib/search/query";
import { readDb } from "./client";

export interface TitleSuggestion {
  type: SearchType;
  slug: string;
  title: string;
}

/** Refcards, Trend Reports, events and videos are few and hand-picked: up to this many go first. */
const MAX_OTHER_SUGGESTIONS = 3;

/**
 * Up to `limit` published titles containing a word that starts with each of `words` (from
 * suggestionWords), newest first. Words are matched as typed, not stemmed ("kustomiz" finds
 * "Kustomize"), through Article."titleWords"; the other tables are small enough to parse their
 * titles on the fly.
 */
export async function suggestTitles(words: string[], limit: number, now: Date): Promise<TitleSuggestion[]> {
  if (words.length === 0) return [];
  // suggestionWords leaves no quote or operator in a word, so each is one quoted prefix term.
  const prefix = words.map((word) => `'${word}':*`).join(" & ");
  const [articles, others] = await Promise.all([
    readDb.$queryRaw<TitleSuggestion[]>`
      SELECT 'articles' AS type, slug, title FROM "Article"
      WHERE status = 'PUBLISHED' AND "titleWords" @@ to_tsquery('simple', ${prefix})
      ORDER BY "publishedAt" DESC, id DESC
      LIMIT ${limit}`,
    readDb.$queryRaw<TitleSuggestion[]>`
      SELECT type, slug, title FROM (
        SELECT CASE kind WHEN 'REFCARD' THEN 'refcards' ELSE 'trend-reports' END AS type, slug, title, "publishedAt" AS at
        FROM "Resource" WHERE "publishedAt" <= ${now}::timestamp
        UNION ALL
        SELECT 'events', slug, title, "startsAt" FROM "Event"
        UNION ALL
        SELECT 'videos', slug, title, "publishedAt" FROM "Video" WHERE "publishedAt" <= ${now}::timestamp
      ) t
      WHERE to_tsvector('simple', title) @@ to_tsquery('simple', ${prefix})
      ORDER BY at DESC, slug
      LIMIT ${Math.min(limit, MAX_OTHER_SUGGESTIONS)}`,
  ]);
  return [...others, ...articles].slice(0, limit);
}
