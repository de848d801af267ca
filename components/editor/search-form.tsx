import Link from "next/link";

/**
 * The GET search form over an editor table: a labelled search box, Search, and "Clear search"
 * while a query is active. `hidden` carries the other filters (e.g. a status tab) along.
 */
export function EditorSearchForm({
  action,
  id,
  label,
  query,
  clearHref,
  hidden = {},
}: {
  action: string;
  id: string;
  label: string;
  query: string;
  clearHref: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="get" action={action} role="search" className="mt-6 flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
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
      <button
        type="submit"
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-1.5 text-sm font-semibold"
      >
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
