import { beforeAll, describe, expect, it } from "vitest";
import {
  articleJsonLd,
  breadcrumbJsonLd,
  profilePageJsonLd,
  type ArticleJsonLdInput,
} from "@/lib/seo/structured-data";

const SITE = "https://zonepress.example";

// env() is read lazily and cached per test file, so this is set before any builder runs.
beforeAll(() => {
  process.env.SITE_URL = SITE;
  process.env.SITE_NAME = "Zonepress";
});

const article: ArticleJsonLdInput = {
  slug: "tuning-postgres",
  title: "Tuning Postgres",
  summary: "Indexes that pay for themselves.",
  publishedAt: new Date("2026-03-01T10:00:00Z"),
  updatedAt: new Date("2026-03-04T08:30:00Z"),
  coverImageUrl: "/images/demo/cache-tiers.svg",
  wordCount: 1234,
  canonicalUrl: null,
  author: { name: "Ada Example", username: "ada" },
  zone: { name: "Databases" },
  tags: [{ name: "postgresql" }, { name: "performance" }],
};

describe("articleJsonLd", () => {
  it("describes the article with absolute URLs", () => {
    expect(articleJsonLd(article)).toEqual({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "Tuning Postgres",
      description: "Indexes that pay for themselves.",
      url: `${SITE}/articles/tuning-postgres`,
      mainEntityOfPage: { "@type": "WebPage", "@id": `${SITE}/articles/tuning-postgres` },
      datePublished: "2026-03-01T10:00:00.000Z",
      dateModified: "2026-03-04T08:30:00.000Z",
      author: { "@type": "Person", name: "Ada Example", url: `${SITE}/users/ada` },
      publisher: { "@type": "Organization", name: "Zonepress", url: `${SITE}/` },
      image: `${SITE}/images/demo/cache-tiers.svg`,
      articleSection: "Databases",
      keywords: "postgresql, performance",
      wordCount: 1234,
    });
  });

  it("names a former member without a profile URL and keeps a cross-post's canonical URL", () => {
    const ld = articleJsonLd({
      ...article,
      author: null,
      coverImageUrl: null,
      tags: [],
      canonicalUrl: "https://blog.example/original",
    });
    expect(ld).toMatchObject({ author: { "@type": "Person", name: "Former member" } });
    expect(ld).toMatchObject({ url: "https://blog.example/original" });
    const parsed = JSON.parse(JSON.stringify(ld));
    expect(parsed.author.url).toBeUndefined();
    expect(parsed.image).toBeUndefined();
    expect(parsed.keywords).toBeUndefined();
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the crumbs from 1 and makes every item absolute", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Home", path: "/" },
        { name: "Data", path: "/categories/data" },
        { name: "Databases", path: "/zones/databases" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${SITE}/` },
        { "@type": "ListItem", position: 2, name: "Data", item: `${SITE}/categories/data` },
        { "@type": "ListItem", position: 3, name: "Databases", item: `${SITE}/zones/databases` },
      ],
    });
  });
});

describe("profilePageJsonLd", () => {
  it("is a ProfilePage about the member, with their article count", () => {
    const ld = profilePageJsonLd({
      username: "ada",
      name: "Ada Example",
      bioHtml: "<p>Writes about <em>queues</em> &amp; logs.</p>",
      avatarUrl: "/uploads/ada.png",
      joinedAt: new Date("2024-05-17T12:00:00Z"),
      publishedArticleCount: 7,
    });
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: `${SITE}/users/ada`,
      dateCreated: "2024-05-17T12:00:00.000Z",
      mainEntity: {
        "@type": "Person",
        name: "Ada Example",
        alternateName: "ada",
        identifier: "ada",
        url: `${SITE}/users/ada`,
        description: "Writes about queues & logs.",
        image: `${SITE}/uploads/ada.png`,
        agentInteractionStatistic: {
          "@type": "InteractionCounter",
          interactionType: { "@type": "WriteAction" },
          userInteractionCount: 7,
        },
      },
    });
  });
});
