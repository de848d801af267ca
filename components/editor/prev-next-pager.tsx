import Link from "next/link";

const pagerLinkClass =
  "border-surface-border hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm";

/** Previous / Next under an editor table; nothing when everything fits on one page. */
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
