import Link from "next/link";
import type { SearchHit } from "@/lib/db/search";
import { formatDate } from "@/lib/format";
import { contentPath, SEARCH_TYPE_SINGULAR } from "@/lib/search/query";
import { HighlightedText } from "./highlighted-text";

/** One result: its kind, zone and date, the title and a snippet with the matches marked. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const kind = hit.number === null ? SEARCH_TYPE_SINGULAR[hit.type] : `Refcard #${hit.number}`;
  return (
    <article className="border-surface-border border-b py-4">
      <p className="text-muted flex flex-wrap items-center gap-x-2 text-xs">
        <span className="bg-surface-sunken text-ink-soft rounded px-1.5 py-0.5 font-semibold tracking-wide uppercase">
          {kind}
        </span>
        {hit.zone && (
          <>
            <Link href={`/zones/${hit.zone.slug}`} className="hover:text-brand-600 hover:underline">
              {hit.zone.name}
            </Link>
            <span aria-hidden="true">·</span>
          </>
        )}
        <time dateTime={hit.date.toISOString()}>
          {hit.type === "events" ? "Starts " : ""}
          {formatDate(hit.date)}
        </time>
      </p>
      <h3 className="text-ink mt-1 text-base leading-snug font-semibold">
        <Link href={contentPath(hit.type, hit.slug)} className="hover:text-brand-600 hover:underline">
          <HighlightedText text={hit.title} />
        </Link>
      </h3>
      {hit.snippet && (
        <p className="text-ink-soft mt-1 text-sm">
          <HighlightedText text={hit.snippet} />
        </p>
      )}
      {hit.byline && <p className="text-muted mt-1 text-xs">By {hit.byline}</p>}
    </article>
  );
}
