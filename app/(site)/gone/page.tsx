import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Article removed", robots: { index: false } };

const waysOn = [
  { href: "/articles", label: "All articles" },
  { href: "/zones", label: "Browse zones" },
  { href: "/search", label: "Search" },
] as const;

// What an unpublished article's address shows. proxy.ts rewrites those addresses here with the
// status 410 Gone (lib/editorial/gone-articles.ts), so crawlers drop them and readers learn the
// article was taken down rather than mistyped.
export default function ArticleGonePage() {
  return (
    <Container className="py-20 text-center">
      <p className="text-brand-600 text-sm font-semibold">410</p>
      <h1 className="text-ink mt-2 text-3xl font-extrabold">This article is no longer available</h1>
      <p className="text-ink-soft mx-auto mt-3 max-w-xl">
        The editors have unpublished it, so it is gone from the site. Plenty of other articles are still here.
      </p>
      <p className="mt-6">
        <Link
          href="/"
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 font-semibold"
        >
          Back to the home page
        </Link>
      </p>
      <nav aria-label="Ways on" className="mt-8">
        <ul className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
          {waysOn.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand-600 hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Container>
  );
}
