"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface TabLink {
  href: string;
  label: string;
  /** Current also on deeper paths (a section), rather than only on this exact path. */
  section?: boolean;
  /** Set by tabs that differ in their query, not their path (the search page's type filters). */
  current?: boolean;
}

/** A row of tabs between sibling pages; the current one is marked with aria-current for AT. */
export function TabNav({ label, links }: { label: string; links: readonly TabLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-surface-border mb-6 border-b">
      <ul className="flex flex-wrap gap-x-4 text-sm font-semibold">
        {links.map((link) => {
          const current =
            link.current ??
            (pathname === link.href || (link.section === true && pathname.startsWith(`${link.href}/`)));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-2 py-2 ${
                  current
                    ? "border-brand-600 text-brand-700"
                    : "text-ink-soft hover:text-brand-700 border-transparent"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
