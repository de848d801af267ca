import Link from "next/link";
import { PrevNextPager } from "@/components/editor/prev-next-pager";
import { EditorSearchForm } from "@/components/editor/search-form";
import { cellClass } from "@/components/editor/table-styles";
import type { ResourceAdminPage } from "@/lib/db/resource-admin";
import type { ResourceKind } from "@/lib/db/resources";
import { formatDate, formatNumber, pluralize } from "@/lib/format";
import { resourceHref, resourceKindLabel } from "@/lib/resources/paths";

const FILTERS: { kind: ResourceKind | null; label: string }[] = [
  { kind: null, label: "All" },
  { kind: "REFCARD", label: "Refcards" },
  { kind: "TREND_REPORT", label: "Trend Reports" },
];

const linkButton =
  "bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-1.5 text-sm font-semibold whitespace-nowrap";

/** `/editor/resources` with the filter, search and page in the query string (defaults left out). */
export function resourcesHref(kind: ResourceKind | null, query: string, page: number): string {
  const params = new URLSearchParams();
  if (kind) params.set("kind", kind);
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/editor/resources?${search}` : "/editor/resources";
}

/** The editor's list of Refcards and Trend Reports, drafts included, with links to edit them. */
export function ResourcesView({
  kind,
  query,
  result,
}: {
  kind: ResourceKind | null;
  query: string;
  result: ResourceAdminPage;
}) {
  const { resources, total, page, pages } = result;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-ink text-2xl font-extrabold">Refcards &amp; Trend Reports</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/editor/resources/new?kind=REFCARD" className={linkButton}>
            New Refcard
          </Link>
          <Link href="/editor/resources/new?kind=TREND_REPORT" className={linkButton}>
            New Trend Report
          </Link>
        </div>
      </div>

      <nav aria-label="Kind" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((filter) => (
            <li key={filter.label}>
              <Link
                href={resourcesHref(filter.kind, query, 1)}
                aria-current={filter.kind === kind ? "page" : undefined}
                className={`rounded-full border px-3 py-1 font-semibold ${
                  filter.kind === kind
                    ? "border-brand-600 bg-brand-600 text-on-brand"
                    : "border-surface-border text-ink-soft hover:border-brand-500 hover:text-brand-600"
                }`}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <EditorSearchForm
        action="/editor/resources"
        id="resources-search"
        label="Search by title or slug"
        query={query}
        clearHref={resourcesHref(kind, "", 1)}
        hidden={kind ? { kind } : {}}
      />

      <p className="text-ink-soft mt-4 text-sm" aria-live="polite">
        {query ? `${pluralize(total, "resource")} matching “${query}”` : pluralize(total, "resource")}
        {pages > 1 && ` — page ${formatNumber(page)} of ${formatNumber(pages)}`}
      </p>

      {resources.length === 0 ? (
        <p className="text-ink-soft mt-4">
          {total === 0
            ? "Nothing matches. Create one with the buttons above."
            : "There is nothing on this page."}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Refcards and Trend Reports, most recently changed first</caption>
            <thead>
              <tr className="text-ink">
                {["Title", "Kind", "Status", "PDF", "Downloads", "Changed"].map((heading) => (
                  <th key={heading} scope="col" className={cellClass}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="text-ink-soft">
              {resources.map((resource) => (
                <tr key={resource.id}>
                  <td className={cellClass}>
                    <Link
                      href={`/editor/resources/${resource.id}`}
                      className="text-brand-600 font-medium hover:underline"
                    >
                      {resource.number !== null && <span className="mr-1">#{resource.number}</span>}
                      {resource.title}
                    </Link>
                    {resource.publishedAt && (
                      <Link
                        href={resourceHref(resource)}
                        className="text-muted block text-xs hover:underline"
                      >
                        {resourceHref(resource)}
                      </Link>
                    )}
                  </td>
                  <td className={cellClass}>{resourceKindLabel(resource.kind)}</td>
                  <td className={cellClass}>
                    {resource.publishedAt ? `Published ${formatDate(resource.publishedAt)}` : "Draft"}
                  </td>
                  <td className={cellClass}>{resource.hasFile ? "Attached" : "Missing"}</td>
                  <td className={cellClass}>{formatNumber(resource.downloadCount)}</td>
                  <td className={cellClass}>
                    <time dateTime={resource.updatedAt.toISOString()}>{formatDate(resource.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <PrevNextPager page={page} pages={pages} href={(n) => resourcesHref(kind, query, n)} />
    </>
  );
}
