import Link from "next/link";
import { PrevNextPager } from "@/components/editor/prev-next-pager";
import { EditorSearchForm } from "@/components/editor/search-form";
import { cellClass } from "@/components/editor/table-styles";
import type { ManagedArticlePage, ManagedStatus } from "@/lib/db/editorial-articles";
import { formatNumber, pluralize } from "@/lib/format";
import { ManagedArticleRow } from "./managed-article-row";

export type ManagedTab = "published" | "unpublished";

export const TAB_STATUS: Record<ManagedTab, ManagedStatus> = {
  published: "PUBLISHED",
  unpublished: "ARCHIVED",
};

/** `/editor/articles` with the tab, search and page in the query string (defaults left out). */
export function managedHref(tab: ManagedTab, query: string, page: number): string {
  const params = new URLSearchParams();
  if (tab !== "published") params.set("status", tab);
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/editor/articles?${search}` : "/editor/articles";
}

/** Published article management: search by title, one page of articles, unpublish/re-publish. */
export function ManagedArticlesView({
  tab,
  query,
  result,
}: {
  tab: ManagedTab;
  query: string;
  result: ManagedArticlePage;
}) {
  const { articles, total, page, pages } = result;
  const noun = tab === "published" ? "published article" : "unpublished article";
  return (
    <>
      <h1 className="text-ink text-2xl font-extrabold">Articles</h1>
      <nav aria-label="Article status" className="mt-4">
        <ul className="flex gap-2 text-sm font-semibold">
          {(["published", "unpublished"] as const).map((option) => (
            <li key={option}>
              <Link
                href={managedHref(option, query, 1)}
                aria-current={option === tab ? "page" : undefined}
                className={`rounded-md border px-3 py-1.5 ${
                  option === tab
                    ? "border-brand-600 text-brand-700 bg-brand-50"
                    : "border-surface-border text-ink-soft hover:text-brand-700"
                }`}
              >
                {option === "published" ? "Published" : "Unpublished"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <EditorSearchForm
        action="/editor/articles"
        id="article-search"
        label="Search by title"
        query={query}
        clearHref={managedHref(tab, "", 1)}
        hidden={tab === "published" ? {} : { status: tab }}
      />

      <p className="text-ink-soft mt-4 text-sm" aria-live="polite">
        {query ? `${pluralize(total, noun)} matching “${query}”` : pluralize(total, noun)}
        {pages > 1 && ` — page ${formatNumber(page)} of ${formatNumber(pages)}`}
      </p>

      {articles.length === 0 ? (
        <p className="text-ink-soft mt-4">
          {total === 0
            ? `No ${noun}s${query ? " match this search" : " yet"}.`
            : "There are no articles on this page."}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">
              {tab === "published" ? "Published articles" : "Unpublished articles"}, newest first
            </caption>
            <thead>
              <tr className="text-ink">
                {["Title", "Author", "Zone", "Published", "Views", "Status"].map((heading) => (
                  <th key={heading} scope="col" className={cellClass}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="text-ink-soft">
              {articles.map((article) => (
                <ManagedArticleRow
                  key={article.id}
                  initial={{
                    id: article.id,
                    slug: article.slug,
                    title: article.title,
                    status: article.status,
                    version: article.version,
                    publishedAt: article.publishedAt?.toISOString() ?? null,
                    viewCount: article.viewCount,
                    author: article.author,
                    zone: article.zone,
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <PrevNextPager page={page} pages={pages} href={(n) => managedHref(tab, query, n)} />
    </>
  );
}
