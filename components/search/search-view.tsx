import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Pager } from "@/components/ui/pager";
import type { CategoryWithZones } from "@/lib/db/categories";
import { formatNumber, pluralize } from "@/lib/format";
import {
  MAX_QUERY_LENGTH,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPE_SINGULAR,
  searchHref,
  type SearchRequest,
} from "@/lib/search/query";
import type { SearchAnswer } from "@/lib/search/run-search";
import { SearchEmpty } from "./search-empty";
import { SearchForm } from "./search-form";
import { SearchResult } from "./search-result";
import { TypeFilters } from "./type-filters";

/** What a search turned into: the answer, or how long to wait when the reader searches too fast. */
export type SearchPageState =
  { kind: "answer"; answer: SearchAnswer } | { kind: "throttled"; retryAfter: number };

const noticeClass =
  "mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100";

/** The /search page below the header: form, filters, notices, results and pager. */
export function SearchView({
  request,
  state,
  categories,
}: {
  request: SearchRequest;
  state: SearchPageState;
  categories: CategoryWithZones[];
}) {
  const answer = state.kind === "answer" ? state.answer : null;
  const outcome = answer?.outcome;
  return (
    <Container className="py-8">
      <h1 className="text-ink text-3xl font-extrabold">
        {request.q ? (
          <>
            Search results for <span className="text-brand-700">“{request.q}”</span>
          </>
        ) : (
          "Search"
        )}
      </h1>
      <SearchForm
        q={request.q}
        type={request.type}
        zone={answer?.zone?.slug ?? null}
        categories={categories}
      />
      {request.truncated && (
        <p className={noticeClass}>
          Searches are limited to {MAX_QUERY_LENGTH} characters, so yours was shortened to its first{" "}
          {MAX_QUERY_LENGTH}.
        </p>
      )}
      {answer?.unknownZone && (
        <p className={noticeClass}>There is no zone “{request.zone}”, so every zone was searched.</p>
      )}
      {state.kind === "throttled" && (
        <p role="alert" className={noticeClass}>
          You are searching faster than we can answer. Please wait {pluralize(state.retryAfter, "second")} and
          try again.
        </p>
      )}
      {outcome?.kind === "results" && (
        <div className="mt-6">
          <TypeFilters request={request} counts={outcome.counts} />
          <p className="text-ink-soft text-sm" aria-live="polite">
            {summaryLine(request, outcome.total, answer?.zone?.name ?? null, outcome.pages)}
          </p>
          {outcome.hits.length > 0 ? (
            <section aria-labelledby="results-heading">
              <h2 id="results-heading" className="sr-only">
                Results
              </h2>
              <ol className="mt-2">
                {outcome.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <SearchResult hit={hit} />
                  </li>
                ))}
              </ol>
            </section>
          ) : outcome.total > 0 ? (
            <p className="text-ink-soft mt-6">
              There are no results on page {formatNumber(request.page)}.{" "}
              <Link href={searchHref({ ...request, page: 1 })} className="text-brand-600 hover:underline">
                Back to the first page
              </Link>
            </p>
          ) : null}
          <Pager
            basePath="/search"
            current={request.page}
            pages={outcome.pages}
            href={(page) => searchHref({ ...request, page })}
          />
        </div>
      )}
      {outcome && (outcome.kind !== "results" || outcome.total === 0) && (
        <SearchEmpty request={request} outcome={outcome} zoneName={answer?.zone?.name ?? null} />
      )}
    </Container>
  );
}

function summaryLine(request: SearchRequest, total: number, zoneName: string | null, pages: number): string {
  const count = request.type
    ? pluralize(
        total,
        SEARCH_TYPE_SINGULAR[request.type].toLowerCase(),
        SEARCH_TYPE_LABELS[request.type].toLowerCase(),
      )
    : pluralize(total, "result");
  const where = zoneName ? ` in ${zoneName}` : "";
  const page = pages > 1 ? ` — page ${formatNumber(request.page)} of ${formatNumber(pages)}` : "";
  return `${count} for “${request.q}”${where}${page}`;
}
