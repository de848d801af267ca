import Link from "next/link";
import { Container } from "@/components/ui/container";

const waysBack = [
  { href: "/articles", label: "All articles" },
  { href: "/zones", label: "Browse zones" },
  { href: "/refcards", label: "Refcards" },
  { href: "/trend-reports", label: "Trend Reports" },
] as const;

export default function NotFound() {
  return (
    <Container className="py-20 text-center">
      <p className="text-brand-600 text-sm font-semibold">404</p>
      <h1 className="text-ink mt-2 text-3xl font-extrabold">Page not found</h1>
      <p className="text-ink-soft mt-3">
        The page you asked for does not exist or has moved. It may have been unpublished, or the link may be
        mistyped.
      </p>
      <p className="mt-6">
        <Link
          href="/"
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 font-semibold"
        >
          Back to the home page
        </Link>
      </p>
      <nav aria-label="Ways back" className="mt-8">
        <ul className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
          {waysBack.map((link) => (
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
