/** Site search; a plain GET form so it works before (and without) JavaScript. */
export function SearchBox() {
  return (
    <form action="/search" method="get" role="search" className="w-full max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        Search Zonepress
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search articles, Refcards, events…"
        maxLength={200}
        className="border-surface-border bg-surface-sunken text-ink placeholder:text-muted focus:border-brand-500 focus:bg-surface w-full rounded-md border px-3 py-1.5 text-sm focus:outline-none"
      />
    </form>
  );
}
