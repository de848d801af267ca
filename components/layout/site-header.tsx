import Link from "next/link";
import { CategoryMenu } from "@/components/layout/category-menu";
import { MemberCount } from "@/components/layout/member-count";
import { SearchBox } from "@/components/layout/search-box";
import { UserMenu } from "@/components/layout/user-menu";
import { Container } from "@/components/ui/container";

const mainNav = [
  { href: "/refcards", label: "Refcards" },
  { href: "/trend-reports", label: "Trend Reports" },
  { href: "/events", label: "Events" },
  { href: "/videos", label: "Video Library" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-surface-border bg-surface border-b">
      <Container className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3">
        <Link
          href="/"
          className="text-brand-700 text-xl font-extrabold tracking-tight"
          aria-label="Zonepress home"
        >
          Zone<span className="text-ink">press</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-3 text-sm">
          {mainNav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-ink-soft hover:text-brand-600 rounded px-2 py-1 font-medium"
            >
              {item.label}
            </Link>
          ))}
          <CategoryMenu />
        </nav>
        <div className="ml-auto flex items-center gap-4">
          <SearchBox />
          <MemberCount />
          <UserMenu />
        </div>
      </Container>
    </header>
  );
}
