import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/links";

interface ListingMetadataInput {
  title: string;
  description: string;
  /** Root-relative canonical path of this very page (page 2 is its own URL, not page 1's). */
  path: string;
  /** Base path of the scope's feeds ("" for the site), when the page has them. */
  feedBase?: string;
  feedTitle?: string;
}

/**
 * Metadata of a listing or content page: title, description, canonical URL, Open Graph and a
 * Twitter card, plus <link rel="alternate"> for the scope's RSS, Atom and JSON feeds. Relative
 * URLs resolve against the root layout's metadataBase (SITE_URL).
 */
export function listingMetadata({
  title,
  description,
  path,
  feedBase,
  feedTitle,
}: ListingMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: path,
      ...(feedBase !== undefined ? { types: feedAlternates(feedBase, feedTitle ?? title) } : {}),
    },
    openGraph: { type: "website", title, description, url: path },
    twitter: { card: "summary", title, description },
  };
}
