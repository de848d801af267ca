// What the page benchmark requests, per database size. Each scenario is a list of paths the
// load generator walks through (one path: the same URL every time), with what it measures.
import type { Targets } from "./bench-database";
import { QUERIES } from "./search-queries";

export type ScenarioKey =
  | "home"
  | "category"
  | "zone-1"
  | "zone-deep"
  | "articles-1"
  | "articles-deep"
  | "article"
  | "article-invalidated"
  | "rss"
  | "search"
  | "api";

export interface Scenario {
  key: ScenarioKey;
  name: string;
  paths: string[];
  /** Cached pages carry the throughput and p99 budgets. */
  cached: boolean;
  note?: string;
  /** Article ids to expire before the load, in the order of `paths`. */
  expire?: number[];
}

/** Scenarios whose deep page must cost at most twice their first page. */
export const DEEP_PAIRS: [ScenarioKey, ScenarioKey][] = [
  ["zone-deep", "zone-1"],
  ["articles-deep", "articles-1"],
];

export function planScenarios(targets: Targets): Scenario[] {
  const { zone, allArticles } = targets;
  const deepNote = (pages: number, deep: number) =>
    deep < 500 ? `page ${deep} is the last page (${pages} pages), the seed has no page 500 here` : undefined;
  return [
    { key: "home", name: "home", paths: ["/"], cached: true },
    { key: "category", name: "category page 1", paths: [`/categories/${targets.category}`], cached: true },
    { key: "zone-1", name: "zone page 1", paths: [`/zones/${zone.slug}`], cached: true },
    {
      key: "zone-deep",
      name: `zone page ${zone.deepPage}`,
      paths: [`/zones/${zone.slug}/page/${zone.deepPage}`],
      cached: false,
      note: deepNote(zone.pages, zone.deepPage),
    },
    { key: "articles-1", name: "all articles page 1", paths: ["/articles"], cached: false },
    {
      key: "articles-deep",
      name: `all articles page ${allArticles.deepPage}`,
      paths: [`/articles/page/${allArticles.deepPage}`],
      cached: false,
      note: deepNote(allArticles.pages, allArticles.deepPage),
    },
    { key: "article", name: "article (cached)", paths: [`/articles/${targets.cachedArticle}`], cached: true },
    {
      key: "article-invalidated",
      name: "article (first render after invalidation)",
      paths: targets.freshArticles.map((a) => `/articles/${a.slug}`),
      expire: targets.freshArticles.map((a) => a.id),
      cached: false,
    },
    { key: "rss", name: "RSS (/feed.xml)", paths: ["/feed.xml"], cached: true },
    {
      key: "search",
      name: "search",
      paths: QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`),
      cached: false,
      note: `${QUERIES.length} queries in turn; results come from the 1-minute result cache after the first`,
    },
    { key: "api", name: "API list (/api/v1/articles)", paths: ["/api/v1/articles"], cached: false },
  ];
}
