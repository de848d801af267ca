import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = { title: "Article removed", robots: { index: false } };

const waysOn = [
  { href: "/articles", label: "All articles" },
  { href: "/zones", label: "Browse zones" },
  { href: "/search", label: "Search the site" },
] as const;

// What an unpublished article's address shows, with the status 410 Gone (proxy.ts and
// lib/editorial/gone-articles.ts), so crawlers drop it and readers learn the article was taken
// down rather than mistyped.
export default function ArticleGonePage() {
  return (
    <StatusPage status={410} title="This article is no longer available" ways={waysOn} waysLabel="Ways on">
      The editors have unpublished it, so it is gone from the site. Plenty of other articles are still here.
    </StatusPage>
  );
}
