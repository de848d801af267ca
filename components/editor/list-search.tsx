import Link from "next/link";

const buttonClass =
  "bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-1.5 text-sm font-semibold";

/**
 * The search box over an editor list: a plain GET form (works without JavaScript, and the
 * results page is a link), with "Clear search" when a search is shown. `keep` holds the other
 * query parameters the list is filtered by, so searching does not drop them.
 */
export function ListSearch({
  action,
  label,
  query,
  clearHref,
  keep = {},
}: {
  action: string;
  label: string;
  query: string;
  clearHref: string;
  keep?: Record<string, string>;
}) {
  const id = `${action.split("/").pop()}-search`;
  return (
    <form method="get" action={action} role="search" className="mt-6 flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-ink text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={100}
          className="border-surface-border bg-surface text-ink focus:ring-brand-600 w-72 max-w-full rounded-md border px-3 py-1.5 text-sm focus:ring-2 focus:outline-none"
        />
      </div>
      <button type="submit" className={buttonClass}>
        Search
      </button>
      {query && (
        <Link href={clearHref} className="text-brand-600 px-2 py-1.5 text-sm hover:underline">
          Clear search
        </Link>
      )}
    </form>
  );
}

const pagerLinkClass =
  "border-surface-border hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm";

/** Previous / Next links under an editor list; `href` gives a page's URL. */
export function PrevNextPager({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pages))} rel="prev" className={pagerLinkClass}>
          Previous
        </Link>
      )}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={pagerLinkClass}>
          Next
        </Link>
      )}
    </nav>
  );
}
