import Link from "next/link";
import { formatNumber } from "@/lib/format";

const pagerLinkClass =
  "border-surface-border hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm";

/** "Page 2 of 5" with Previous / Next under an editor table; nothing when everything fits on one page. */
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
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pages))} rel="prev" className={pagerLinkClass}>
          Previous
        </Link>
      )}
      <span className="text-ink-soft text-sm">
        Page {formatNumber(page)} of {formatNumber(pages)}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={pagerLinkClass}>
          Next
        </Link>
      )}
    </nav>
  );
}
