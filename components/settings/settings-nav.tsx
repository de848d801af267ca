"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/account", label: "Account" },
] as const;

/** Profile / Account tabs shared by the settings pages; the current one is marked for AT too. */
export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="border-surface-border mb-8 border-b">
      <ul className="flex gap-6 text-sm font-semibold">
        {links.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-1 pb-2 ${
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
