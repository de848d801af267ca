"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/editor", label: "Dashboard" },
  { href: "/editor/members", label: "Members" },
] as const;

/** The editor area's sub-navigation; the current section is marked for assistive technology. */
export function EditorNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Editor" className="border-surface-border mb-6 border-b">
      <ul className="flex gap-1 text-sm font-medium">
        {links.map((link) => {
          const current = link.href === "/editor" ? pathname === "/editor" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 ${
                  current
                    ? "border-brand-600 text-brand-600"
                    : "text-ink-soft hover:text-brand-600 border-transparent"
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
