import type { CategoryWithZones } from "@/lib/db/categories";
import { MAX_QUERY_LENGTH, type SearchType } from "@/lib/search/query";

const fieldClass =
  "border-surface-border bg-surface text-ink focus:ring-brand-600 mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none";

/**
 * The search page's own form: the query, the zone and (kept as it is) the type. A plain GET
 * form, so searching and filtering by zone work without JavaScript.
 */
export function SearchForm({
  q,
  type,
  zone,
  categories,
}: {
  q: string;
  type: SearchType | null;
  zone: string | null;
  categories: CategoryWithZones[];
}) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search" className="mt-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-[1_1_18rem]">
          <label htmlFor="search-query" className="text-ink block text-sm font-semibold">
            Search for
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="search-syntax"
            className={fieldClass}
          />
        </div>
        <div className="min-w-0 flex-[0_1_14rem]">
          <label htmlFor="search-zone" className="text-ink block text-sm font-semibold">
            Zone
          </label>
          <select id="search-zone" name="zone" defaultValue={zone ?? ""} className={fieldClass}>
            <option value="">All zones</option>
            {categories
              .filter((category) => category.zones.length > 0)
              .map((category) => (
                <optgroup key={category.slug} label={category.name}>
                  {category.zones.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        {type && <input type="hidden" name="type" value={type} />}
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold"
        >
          Search
        </button>
      </div>
      <p id="search-syntax" className="text-muted mt-2 text-xs">
        Put a phrase in &quot;quotes&quot;, write <kbd>or</kbd> between alternatives and <kbd>-word</kbd> to
        leave a word out.
      </p>
    </form>
  );
}
