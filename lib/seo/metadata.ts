import type { Metadata } from "next";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/links";
import { htmlExcerpt } from "@/lib/format";
import type { ArticleJsonLdInput, ProfileJsonLdInput } from "./structured-data";
import { absoluteUrl, articleUrl, profileUrl } from "./urls";

// Next `Metadata` for the article and profile pages: <title>, description, canonical, Open Graph
// and Twitter cards. Pure, so the exact tags are unit-tested rather than eyeballed.

/** Metadata of an article page; the canonical URL is the article's own unless it was cross-posted. */
export function articleMetadata(article: ArticleJsonLdInput): Metadata {
  const canonical = article.canonicalUrl ?? articleUrl(article.slug);
  const image = article.coverImageUrl ? absoluteUrl(article.coverImageUrl) : null;
  const description = article.summary || undefined;
  return {
    title: article.title,
    description,
    alternates: { canonical },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: canonical,
      siteName: env().SITE_NAME,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: [article.author ? profileUrl(article.author.username) : "Former member"],
      section: article.zone.name,
      tags: article.tags.map((t) => t.name),
      // Cover dimensions are not stored, so none are claimed; crawlers read them from the file.
      images: image ? [{ url: image, alt: article.title }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: article.title,
      description,
      images: image ? [image] : undefined,
    },
  };
}

/** Metadata of page `page` of a member's profile; every page is its own canonical URL. */
export function profileMetadata(profile: ProfileJsonLdInput, page = 1): Metadata {
  const { SITE_NAME } = env();
  const url = page > 1 ? `${profileUrl(profile.username)}/page/${page}` : profileUrl(profile.username);
  const title = page > 1 ? `${profile.name} — page ${page}` : profile.name;
  const description =
    htmlExcerpt(profile.bioHtml) || `Articles by ${profile.name} (@${profile.username}) on ${SITE_NAME}.`;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: feedAlternates(`/users/${profile.username}`, `${SITE_NAME} — ${profile.name}`),
    },
    openGraph: {
      type: "profile",
      title,
      description,
      url,
      siteName: SITE_NAME,
      username: profile.username,
      images: profile.avatarUrl ? [{ url: absoluteUrl(profile.avatarUrl), alt: profile.name }] : undefined,
    },
    twitter: { card: "summary", title, description },
  };
}
