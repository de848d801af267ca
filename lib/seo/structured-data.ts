import type { Article, BreadcrumbList, Organization, Person, ProfilePage, WithContext } from "schema-dts";
import { env } from "@/lib/env";
import { htmlExcerpt } from "@/lib/format";
import { absoluteUrl, articleUrl, profileUrl } from "./urls";

// Pure builders of schema.org JSON-LD (https://schema.org), rendered with components/seo/json-ld.
// Every URL in the output is absolute on SITE_URL, as search engines require.

/** The site as the publisher of its articles. */
export function publisherJsonLd(): Organization {
  const { SITE_NAME, SITE_URL } = env();
  return { "@type": "Organization", name: SITE_NAME, url: absoluteUrl(SITE_URL) };
}

export interface BreadcrumbItem {
  name: string;
  /** Root-relative path of the crumb, e.g. "/zones/kubernetes". */
  path: string;
}

/**
 * A BreadcrumbList of `items`, outermost first (Home › Category › Zone › Article), e.g.
 * `breadcrumbJsonLd([{ name: "Home", path: "/" }, { name: zone.name, path: `/zones/${zone.slug}` }])`.
 */
export function breadcrumbJsonLd(items: BreadcrumbItem[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export interface ArticleJsonLdInput {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  coverImageUrl: string | null;
  wordCount: number;
  canonicalUrl: string | null;
  author: { name: string; username: string } | null;
  zone: { name: string };
  tags: { name: string }[];
}

function authorJsonLd(author: ArticleJsonLdInput["author"]): Person {
  if (!author) return { "@type": "Person", name: "Former member" };
  return { "@type": "Person", name: author.name, url: profileUrl(author.username) };
}

/** An Article: what the page is, who wrote it, when, where it lives and what it is about. */
export function articleJsonLd(article: ArticleJsonLdInput): WithContext<Article> {
  const pageUrl = articleUrl(article.slug);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.summary || undefined,
    url: article.canonicalUrl ?? pageUrl,
    mainEntityOfPage: { "@type": "WebPage", "@id": pageUrl },
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: authorJsonLd(article.author),
    publisher: publisherJsonLd(),
    image: article.coverImageUrl ? absoluteUrl(article.coverImageUrl) : undefined,
    articleSection: article.zone.name,
    keywords: article.tags.length > 0 ? article.tags.map((t) => t.name).join(", ") : undefined,
    wordCount: article.wordCount,
  };
}

export interface ProfileJsonLdInput {
  username: string;
  name: string;
  /** The stored, sanitized bio HTML; its text becomes the description. */
  bioHtml: string;
  avatarUrl: string | null;
  joinedAt: Date;
  publishedArticleCount: number;
}

/** A ProfilePage whose main entity is the member (Google's profile-page structured data). */
export function profilePageJsonLd(profile: ProfileJsonLdInput): WithContext<ProfilePage> {
  const url = profileUrl(profile.username);
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    dateCreated: profile.joinedAt.toISOString(),
    mainEntity: {
      "@type": "Person",
      name: profile.name,
      alternateName: profile.username,
      identifier: profile.username,
      url,
      description: htmlExcerpt(profile.bioHtml, 300) || undefined,
      image: profile.avatarUrl ? absoluteUrl(profile.avatarUrl) : undefined,
      agentInteractionStatistic: {
        "@type": "InteractionCounter",
        interactionType: { "@type": "WriteAction" },
        userInteractionCount: profile.publishedArticleCount,
      },
    },
  };
}
