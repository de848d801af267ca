import { db } from "@/lib/db/client";
import type { Article, Prisma } from "@/lib/db/generated/client";
import { uniqueSuffix } from "./unique";
import { createUser } from "./users";
import { createZone } from "./zones";

/**
 * An article with a unique slug. Without `zoneId` a new zone (and category) is created;
 * `categoryId` defaults to the zone's category, as the app keeps it. Without `authorId` a new user
 * writes it; pass `authorId: null` for a former member's article. PUBLISHED and SUBMITTED
 * articles get publishedAt / submittedAt = now unless given.
 */
export async function createArticle(
  overrides: Partial<Prisma.ArticleUncheckedCreateInput> = {},
): Promise<Article> {
  const n = uniqueSuffix();
  const zone =
    overrides.zoneId === undefined
      ? await createZone()
      : await db.zone.findUniqueOrThrow({ where: { id: overrides.zoneId } });
  const authorId = overrides.authorId === undefined ? (await createUser()).id : overrides.authorId;
  const status = overrides.status ?? "DRAFT";
  const title = overrides.title ?? `Test article ${n}`;
  const body = overrides.bodyMarkdown ?? `A paragraph about ${title}.`;
  const now = new Date();
  return db.article.create({
    data: {
      slug: `test-article-${n}`,
      title,
      summary: `Summary of ${title}.`,
      bodyMarkdown: body,
      bodyHtml: `<p>${escapeHtml(body)}</p>`,
      bodyText: body,
      wordCount: body.split(/\s+/).filter(Boolean).length,
      status,
      publishedAt: status === "PUBLISHED" ? now : null,
      submittedAt: status === "SUBMITTED" ? now : null,
      ...overrides,
      authorId,
      zoneId: zone.id,
      categoryId: overrides.categoryId ?? zone.categoryId,
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
