import Link from "next/link";
import { SEARCH_TYPE_LABELS, searchHref, type SearchRequest } from "@/lib/search/query";
import type { SearchOutcome } from "@/lib/search/run-search";

const linkClass = "text-brand-600 hover:underline";

/**
 * Everything but a page of results: how to search (no query yet), why a query could not be
 * searched, or what to try when nothing matched — with links that widen the search.
 */
export function SearchEmpty({
  request,
  outcome,
  zoneName,
}: {
  request: SearchRequest;
  outcome: SearchOutcome;
  zoneName: string | null;
}) {
  return (
    <section
      aria-labelledby="search-help-heading"
      className="border-surface-border mt-8 rounded-lg border p-6"
    >
      <h2 id="search-help-heading" className="text-ink text-lg font-bold">
        {heading(request, outcome)}
      </h2>
      <div className="text-ink-soft mt-2 space-y-3 text-sm">
        {outcome.kind === "unsearchable" && outcome.reason === "no-words" && (
          <p>
            Search looks for words, and yours has none it can use: only punctuation, or only words as common
            as “the” and “with”. Try the name of a tool, a technique or a problem, such as{" "}
            <Link
              href={searchHref({ q: "kubernetes", type: null, zone: null, page: 1 })}
              className={linkClass}
            >
              kubernetes
            </Link>
            .
          </p>
        )}
        {outcome.kind === "unsearchable" && outcome.reason === "only-excluded" && (
          <p>
            A word after a minus sign is left out of the results, and your search has nothing else to look
            for. Add a word to find, e.g. <kbd>kotlin -android</kbd>.
          </p>
        )}
        {outcome.kind === "results" && (
          <>
            <p>Check the spelling, use fewer or more general words, or try one of these:</p>
            <ul className="list-disc space-y-1 pl-5">
              {request.type && (
                <li>
                  <Link href={searchHref({ ...request, type: null, page: 1 })} className={linkClass}>
                    Search every type, not only {SEARCH_TYPE_LABELS[request.type]}
                  </Link>
                </li>
              )}
              {zoneName && (
                <li>
                  <Link href={searchHref({ ...request, zone: null, page: 1 })} className={linkClass}>
                    Search every zone, not only {zoneName}
                  </Link>
                </li>
              )}
              {request.q.includes('"') && (
                <li>
                  <Link
                    href={searchHref({ ...request, q: request.q.replaceAll('"', ""), page: 1 })}
                    className={linkClass}
                  >
                    Search for the words without the quotes
                  </Link>
                </li>
              )}
            </ul>
          </>
        )}
        {(outcome.kind === "no-query" || outcome.kind === "results") && <SearchTips />}
        <p>
          Or browse{" "}
          <Link href="/zones" className={linkClass}>
            all zones
          </Link>
          ,{" "}
          <Link href="/articles" className={linkClass}>
            the latest articles
          </Link>{" "}
          and{" "}
          <Link href="/refcards" className={linkClass}>
            Refcards
          </Link>
          .
        </p>
      </div>
    </section>
  );
}

function heading(request: SearchRequest, outcome: SearchOutcome): string {
  switch (outcome.kind) {
    case "no-query":
      return "What are you looking for?";
    case "unsearchable":
      return outcome.reason === "no-words" ? "Nothing to search for" : "Only excluded words";
    case "results":
      return `Nothing matches “${request.q}”`;
  }
}

function SearchTips() {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt>
        <kbd>kafka streams</kbd>
      </dt>
      <dd>every word must appear (in any order)</dd>
      <dt>
        <kbd>&quot;event sourcing&quot;</kbd>
      </dt>
      <dd>the words next to each other, in this order</dd>
      <dt>
        <kbd>terraform or pulumi</kbd>
      </dt>
      <dd>either word</dd>
      <dt>
        <kbd>python -django</kbd>
      </dt>
      <dd>without the word after the minus</dd>
    </dl>
  );
}
