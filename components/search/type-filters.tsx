import { TabNav } from "@/components/ui/tab-nav";
import type { SearchCounts } from "@/lib/db/search";
import { formatNumber } from "@/lib/format";
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, searchHref, type SearchRequest } from "@/lib/search/query";

/** "All (42) · Articles (40) · Refcards (1) …": the same search narrowed to one type. */
export function TypeFilters({ request, counts }: { request: SearchRequest; counts: SearchCounts }) {
  const all = SEARCH_TYPES.reduce((sum, type) => sum + counts[type], 0);
  const link = (type: SearchRequest["type"], label: string, count: number) => ({
    href: searchHref({ ...request, type, page: 1 }),
    label: `${label} (${formatNumber(count)})`,
    current: request.type === type,
  });
  return (
    <TabNav
      label="Type of result"
      links={[
        link(null, "All", all),
        ...SEARCH_TYPES.map((type) => link(type, SEARCH_TYPE_LABELS[type], counts[type])),
      ]}
    />
  );
}
