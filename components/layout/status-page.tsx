import Link from "next/link";
import { Container } from "@/components/ui/container";

export interface WayOn {
  href: string;
  label: string;
}

/** A page that says something is not here (404, 410): the status, why, and ways on. */
export function StatusPage({
  status,
  title,
  children,
  ways,
  waysLabel,
}: {
  status: number;
  title: string;
  children: React.ReactNode;
  ways: readonly WayOn[];
  waysLabel: string;
}) {
  return (
    <Container className="py-20 text-center">
      <p className="text-brand-600 text-sm font-semibold">{status}</p>
      <h1 className="text-ink mt-2 text-3xl font-extrabold">{title}</h1>
      <p className="text-ink-soft mx-auto mt-3 max-w-xl">{children}</p>
      <p className="mt-6">
        <Link
          href="/"
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 font-semibold"
        >
          Back to the home page
        </Link>
      </p>
      <nav aria-label={waysLabel} className="mt-8">
        <ul className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
          {ways.map((link) => (
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
