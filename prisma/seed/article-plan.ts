// Shared shape of a planned article row and helpers used by the published and workflow
// generators.
import { copyContext, uniqueSummary, uniqueTitle } from "./article-copy";
import type { BodyPool } from "./body-pool";
import { GLOBAL_TAGS, type ZoneSpec } from "./catalog";
import { imagePath, imagesFor } from "./images";
import type { Rng } from "./prng";
import type { ArticleStatusName } from "./workflow-notes";

export interface PlannedEvent {
  actorId: number | null;
  from: ArticleStatusName | null;
  to: ArticleStatusName;
  note: string | null;
  at: Date;
}

export interface ArticlePlan {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: number;
  coverImageUrl: string | null;
  status: ArticleStatusName;
  authorId: number;
  zone: ZoneSpec;
  tags: string[];
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
  editorNote: string | null;
  viewCount: number;
  /** User ids who liked the article; likeCount is its length, always. */
  likers: number[];
  /** Views for the last 14 UTC days, index 0 = 13 days ago, 13 = today. */
  dailyViews: number[] | null;
  events: PlannedEvent[];
  /** Snapshot the body at submit time (an ArticleRevision), for the editor's diff. */
  revisionAtSubmit: boolean;
}

export interface Uniques {
  titles: Set<string>;
  summaries: Set<string>;
  slugs: Set<string>;
}

export function slugFor(rng: Rng, title: string, slugs: Set<string>): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 72)
    .replace(/-$/, "");
  let slug = `${base}-${rng.token(6)}`;
  while (slugs.has(slug)) slug = `${base}-${rng.token(6)}`;
  slugs.add(slug);
  return slug;
}

/** Title, summary, slug, body, cover and tags for a new article in `zone`. */
export function articleBasics(rng: Rng, zone: ZoneSpec, pool: BodyPool, uniques: Uniques) {
  const copy = copyContext(rng, zone);
  const title = uniqueTitle(rng, copy, uniques.titles);
  const bodies = pool.byZone.get(zone.slug) ?? [0];
  const tags = rng.sample(zone.tags, rng.int(1, Math.min(3, zone.tags.length)));
  if (rng.chance(0.3)) tags.push(rng.pick(GLOBAL_TAGS));
  return {
    title,
    summary: uniqueSummary(rng, copy, uniques.summaries),
    slug: slugFor(rng, title, uniques.slugs),
    body: rng.pick(bodies),
    // A few articles have no cover so the UI's placeholder path is exercised too.
    coverImageUrl: rng.chance(0.9) ? imagePath(rng.pick(imagesFor(zone.categorySlug))) : null,
    tags,
  };
}
