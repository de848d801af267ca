import Link from "next/link";
import { pageHref, pagerItems } from "@/lib/pagination";

const linkClass =
  "rounded-md border border-surface-border px-3 py-1.5 text-sm hover:border-brand-500 hover:text-brand-600";

/**
 * Numbered pager: Previous 1 2 … 10 … Next. Every page is a plain link: `/…/page/n` of basePath,
 * or `href(n)` for pages addressed another way (search results keep theirs in the query).
 */
export function Pager({
  basePath,
  current,
  pages,
  href = (page) => pageHref(basePath, page),
}: {
  basePath: string;
  current: number;
  pages: number;
  href?: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-2">
      {current > 1 && (
        <Link href={href(current - 1)} rel="prev" className={linkClass}>
          Previous
        </Link>
      )}
      {pagerItems(current, pages).map((item) =>
        item.kind === "gap" ? (
          <span key={item.key} aria-hidden="true" className="text-muted px-1">
            …
          </span>
        ) : item.page === current ? (
          <span
            key={item.page}
            aria-current="page"
            className="bg-brand-600 text-on-brand rounded-md px-3 py-1.5 text-sm font-semibold"
          >
            {item.page}
          </span>
        ) : (
          <Link key={item.page} href={href(item.page)} className={linkClass} aria-label={`Page ${item.page}`}>
            {item.page}
          </Link>
        ),
      )}
      {current < pages && (
        <Link href={href(current + 1)} rel="next" className={linkClass}>
          Next
        </Link>
      )}
    </nav>
  );
}
