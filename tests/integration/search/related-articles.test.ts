import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Article, Zone } from "@/lib/db/generated/client";
import { listRelatedArticles } from "@/lib/db/related-articles";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createZone } from "@/tests/factories/zones";
import { nonceWord } from "./helpers";

// "More from <zone>" under an article: shared tags first, then shared words, then the newest —
// and never the article itself, another zone or anything unpublished.

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);

let zone: Zone;
let source: Article;
const [topic, other] = [nonceWord(), nonceWord()];
const slug: Record<string, string> = {};

beforeAll(async () => {
  zone = await createZone();
  const tag = await db.tag.create({ data: { slug: `related-${uniqueSuffix()}`, name: "Related" } });
  const article = async (
    name: string,
    title: string,
    hoursAgo: number,
    status: Article["status"] = "PUBLISHED",
  ) => {
    const row = await createArticle({
      zoneId: zone.id,
      status,
      title,
      publishedAt: status === "PUBLISHED" ? at(hoursAgo) : null,
    });
    slug[name] = row.slug;
    return row;
  };
  source = await article("source", `Scaling ${topic} ${other} consumers`, 10);
  await db.articleTag.create({ data: { articleId: source.id, tagId: tag.id } });
  const tagged = await article("tagged", "Unrelated words entirely", 50);
  await db.articleTag.create({ data: { articleId: tagged.id, tagId: tag.id } });
  await article("twoWords", `Why ${topic} ${other} matters`, 40);
  await article("oneWord", `${topic} basics`, 30);
  await article("newest", "Release notes", 1);
  await article("draft", `${topic} ${other} draft`, 0, "DRAFT");
  await createArticle({ status: "PUBLISHED", title: `${topic} ${other} elsewhere` });
});

const related = async (limit: number) =>
  (await listRelatedArticles({ id: source.id, zoneId: zone.id, tagIds: [] }, limit)).map((a) => a.slug);

describe("listRelatedArticles without shared tags", () => {
  it("ranks the zone's articles by the words they share with the title, then fills with the newest", async () => {
    expect(await related(4)).toEqual([slug.twoWords, slug.oneWord, slug.newest, slug.tagged]);
  });

  it("puts articles sharing a tag before those sharing words", async () => {
    const tags = await db.articleTag.findMany({ where: { articleId: source.id }, select: { tagId: true } });
    const list = await listRelatedArticles(
      { id: source.id, zoneId: zone.id, tagIds: tags.map((t) => t.tagId) },
      3,
    );
    expect(list.map((a) => a.slug)).toEqual([slug.tagged, slug.twoWords, slug.oneWord]);
  });

  it("never suggests the article itself, drafts or other zones", async () => {
    const list = await related(20);
    expect(list).not.toContain(slug.source);
    expect(list).not.toContain(slug.draft);
    expect(list).toHaveLength(4);
  });
});
