import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { getSiteSettings } from "@/lib/db/settings";
import { TAGS } from "@/lib/cache/tags";

// Footer columns as in FEATURES.md "Site frame"; content pages are Page rows (/pages/<slug>).
const columns = [
  {
    title: "Zonepress",
    links: [
      { href: "/pages/about", label: "About" },
      { href: "/pages/support", label: "Support and feedback" },
      { href: "/pages/community-research", label: "Community research" },
      { href: "/sitemap.xml", label: "Sitemap" },
    ],
  },
  { title: "Advertise", links: [{ href: "/pages/advertise", label: "Advertise with Zonepress" }] },
  {
    title: "Contribute",
    links: [
      { href: "/pages/submission-guidelines", label: "Article Submission Guidelines" },
      { href: "/pages/become-a-contributor", label: "Become a Contributor" },
      { href: "/pages/core-program", label: "Core Program" },
      { href: "/pages/writers-zone", label: "Writers' Zone" },
    ],
  },
  {
    title: "Legal",
    links: [
      { href: "/pages/terms", label: "Terms of Service" },
      { href: "/pages/privacy", label: "Privacy Policy" },
    ],
  },
] as const;

export async function SiteFooter() {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.settings);
  const settings = await getSiteSettings();
  const social = [
    { href: settings.social.twitter, label: "X / Twitter" },
    { href: settings.social.github, label: "GitHub" },
    { href: settings.social.linkedin, label: "LinkedIn" },
  ].filter((s): s is { href: string; label: string } => Boolean(s.href));

  return (
    <footer className="border-surface-border bg-surface-sunken mt-16 border-t text-sm">
      <Container className="grid gap-8 py-10 sm:grid-cols-2 lg:grid-cols-5">
        {columns.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="text-ink font-semibold">{column.title}</h2>
            <ul className="mt-3 space-y-2">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-ink-soft hover:text-brand-600 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
        <div>
          <h2 className="text-ink font-semibold">
            <Link href="/pages/contact" className="hover:text-brand-600 hover:underline">
              Contact
            </Link>
          </h2>
          <address className="text-ink-soft mt-3 space-y-2 not-italic">
            {settings.contactAddress && <p className="whitespace-pre-line">{settings.contactAddress}</p>}
            {settings.contactEmail && (
              <p>
                <a href={`mailto:${settings.contactEmail}`} className="hover:text-brand-600 hover:underline">
                  {settings.contactEmail}
                </a>
              </p>
            )}
          </address>
          <ul className="mt-3 flex flex-wrap gap-3">
            <li>
              <a href="/feed.xml" className="text-ink-soft hover:text-brand-600 hover:underline">
                RSS
              </a>
            </li>
            {social.map((s) => (
              <li key={s.label}>
                <a
                  href={s.href}
                  rel="me noopener"
                  className="text-ink-soft hover:text-brand-600 hover:underline"
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </Container>
      <Container className="border-surface-border text-muted border-t py-4 text-xs">
        Zonepress — a self-hosted portal for developers, by developers.
      </Container>
    </footer>
  );
}
