import Link from "next/link";

export interface Crumb {
  name: string;
  /** Omitted for the current page, which is shown but not linked. */
  href?: string;
}

/** "Home › Refcards › Title": where this page sits, as a labelled navigation landmark. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-muted text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((item, index) => (
          <li key={`${index}-${item.name}`} className="flex items-center gap-x-1.5">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="hover:text-brand-600 hover:underline">
                {item.name}
              </Link>
            ) : (
              <span aria-current="page" className="text-ink-soft line-clamp-1">
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
