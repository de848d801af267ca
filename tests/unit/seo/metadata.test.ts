import { beforeAll, describe, expect, it } from "vitest";
import { articleMetadata, profileMetadata } from "@/lib/seo/metadata";
import type { ArticleJsonLdInput } from "@/lib/seo/structured-data";

const SITE = "https://zonepress.example";

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
  tags: [{ name: "postgresql" }],
};

describe("articleMetadata", () => {
  it("gives title, description, canonical, an Open Graph article and a large Twitter card", () => {
    expect(articleMetadata(article)).toEqual({
      title: "Tuning Postgres",
      description: "Indexes that pay for themselves.",
      alternates: { canonical: `${SITE}/articles/tuning-postgres` },
      openGraph: {
        type: "article",
        title: "Tuning Postgres",
        description: "Indexes that pay for themselves.",
        url: `${SITE}/articles/tuning-postgres`,
        siteName: "Zonepress",
        publishedTime: "2026-03-01T10:00:00.000Z",
        modifiedTime: "2026-03-04T08:30:00.000Z",
        authors: [`${SITE}/users/ada`],
        section: "Databases",
        tags: ["postgresql"],
        images: [{ url: `${SITE}/images/demo/cache-tiers.svg`, alt: "Tuning Postgres" }],
      },
      twitter: {
        card: "summary_large_image",
        title: "Tuning Postgres",
        description: "Indexes that pay for themselves.",
        images: [`${SITE}/images/demo/cache-tiers.svg`],
      },
    });
  });

  it("uses the cross-post's canonical URL and a small card without a cover", () => {
    const meta = articleMetadata({ ...article, canonicalUrl: "https://blog.example/a", coverImageUrl: null });
    expect(meta.alternates?.canonical).toBe("https://blog.example/a");
    expect(meta.twitter).toMatchObject({ card: "summary" });
    expect(meta.openGraph?.images).toBeUndefined();
  });
});

describe("profileMetadata", () => {
  const profile = {
    username: "ada",
    name: "Ada Example",
    bioHtml: "",
    avatarUrl: null,
    joinedAt: new Date("2024-05-17T12:00:00Z"),
    publishedArticleCount: 3,
  };

  it("links the member's RSS, Atom and JSON feeds and sets the canonical URL", () => {
    const meta = profileMetadata(profile);
    expect(meta.title).toBe("Ada Example");
    expect(meta.description).toBe("Articles by Ada Example (@ada) on Zonepress.");
    expect(meta.alternates).toEqual({
      canonical: `${SITE}/users/ada`,
      types: {
        "application/rss+xml": [{ url: "/users/ada/feed.xml", title: "Zonepress — Ada Example — RSS" }],
        "application/atom+xml": [{ url: "/users/ada/atom.xml", title: "Zonepress — Ada Example — Atom" }],
        "application/feed+json": [
          { url: "/users/ada/feed.json", title: "Zonepress — Ada Example — JSON Feed" },
        ],
      },
    });
  });

  it("describes the member with their bio's text", () => {
    const meta = profileMetadata({ ...profile, bioHtml: "<p>SRE at <strong>Acme</strong> &amp; co.</p>" });
    expect(meta.description).toBe("SRE at Acme & co.");
    expect(meta.openGraph?.description).toBe("SRE at Acme & co.");
  });

  it("gives later pages their own title and canonical URL", () => {
    const meta = profileMetadata(profile, 3);
    expect(meta.title).toBe("Ada Example — page 3");
    expect(meta.alternates?.canonical).toBe(`${SITE}/users/ada/page/3`);
  });
});
