import type { Metadata } from "next";
import { getCachedZoneOptions } from "@/components/search/search-data";
import { searchPageState } from "@/components/search/search-page-state";
import { SearchView } from "@/components/search/search-view";
import { parseSearchRequest } from "@/lib/search/request";

// Rendered whole before anything is sent (no Suspense around the results): a browser without
// JavaScript cannot swap streamed content into place, and searching must work without it.
// Searches are cached and quick, so the wait is short.
export const instant = false;

// Result pages are endless and change with every publish: crawlers may follow them, not index them.
export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q } = parseSearchRequest(await searchParams);
  return {
    title: q ? `Search results for “${q}”` : "Search",
    description: "Search Zonepress articles, Refcards, Trend Reports, events and videos.",
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const request = parseSearchRequest(await searchParams);
  const [state, categories] = await Promise.all([searchPageState(request), getCachedZoneOptions()]);
  return <SearchView request={request} state={state} categories={categories} />;
}
