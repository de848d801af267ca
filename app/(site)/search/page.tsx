import type { Metadata } from "next";
import { Suspense } from "react";
import { getCachedZoneOptions } from "@/components/search/search-data";
import { searchPageState } from "@/components/search/search-page-state";
import { SearchSkeleton, SearchView } from "@/components/search/search-view";
import { parseSearchRequest } from "@/lib/search/request";

// Result pages are endless and change with every publish: crawlers may follow them, not index them.
export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q } = parseSearchRequest(await searchParams);
  return {
    title: q ? `Search results for “${q}”` : "Search",
    description: "Search Zonepress articles, Refcards, Trend Reports, events and videos.",
    robots: { index: false, follow: true },
  };
}

export default function SearchPage({ searchParams }: PageProps<"/search">) {
  return (
    <Suspense fallback={<SearchSkeleton />}>
      <SearchResults searchParams={searchParams} />
    </Suspense>
  );
}

async function SearchResults({ searchParams }: Pick<PageProps<"/search">, "searchParams">) {
  const request = parseSearchRequest(await searchParams);
  const [state, categories] = await Promise.all([searchPageState(request), getCachedZoneOptions()]);
  return <SearchView request={request} state={state} categories={categories} />;
}
