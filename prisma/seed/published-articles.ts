// Published articles spread over the last two years (denser recently), with views, likes and
// per-day view counts for the last 14 days on recent and "trending" articles.
import { articleBasics, type ArticlePlan, type Uniques } from "./article-plan";
import type { BodyPool } from "./body-pool";
import { allZones } from "./catalog";
import { cumulativeWeights, Rng } from "./prng";
import type { UserPlans } from "./users";
import { EDITOR_NOTES } from "./workflow-notes";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SPAN_DAYS = 730;
export const VIEW_DAYS = 14;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Likers: distinct users other than the author, drawn from the whole membership. */
function pickLikers(rng: Rng, count: number, userCount: number, authorId: number): number[] {
  const likers = new Set<number>();
  const wanted = Math.min(count, userCount - 1);
  while (likers.size < wanted) {
    const id = rng.int(1, userCount);
    if (id !== authorId) likers.add(id);
  }
  return [...likers];
}

/** Per-day views for the 14-day window; days before publication stay 0. */
function dailyViews(rng: Rng, publishedAt: Date, now: Date, peak: number): number[] {
  const today = startOfUtcDay(now).getTime();
  const published = startOfUtcDay(publishedAt).getTime();
  return Array.from({ length: VIEW_DAYS }, (_, index) => {
    const day = today - (VIEW_DAYS - 1 - index) * DAY;
    if (day < published) return 0;
    const age = (day - published) / DAY;
    return Math.max(1, Math.round(peak * Math.exp(-age / 6) * (0.6 + rng.next() * 0.8)));
  });
}

export interface PublishedOptions {
  seed: number;
  count: number;
  users: UserPlans;
  pool: BodyPool;
  uniques: Uniques;
  now: Date;
  firstId: number;
}

export function planPublished({
  seed,
  count,
  users,
  pool,
  uniques,
  now,
  firstId,
}: PublishedOptions): ArticlePlan[] {
  const rng = Rng.derive(seed, "published");
  const zones = allZones();
  const zoneWeights = cumulativeWeights(zones.map((zone) => zone.weight));
  const userCount = users.all.length;
  // About 2% of older articles get a second wind this fortnight (shared on social media…).
  const trendingChance = Math.min(0.02, 1500 / Math.max(count, 1));
  const editors = [users.editor.id, users.admin.id];
  const plans: ArticlePlan[] = [];

  for (let i = 0; i < count; i++) {
    const zone = zones[rng.weightedIndex(zoneWeights)] as (typeof zones)[number];
    // Every author gets at least one article; after that a few prolific ones write most.
    const author =
      (i < users.authors.length ? users.authors[i] : users.authors[rng.weightedIndex(users.authorWeights)]) ??
      users.member;
    const basics = articleBasics(rng, zone, pool, uniques);
    const ageMs = SPAN_DAYS * DAY * rng.next() ** 1.6 + rng.int(20, 600) * 60_000;
    const publishedAt = new Date(now.getTime() - ageMs);
    const submittedAt = new Date(publishedAt.getTime() - rng.int(2, 120) * HOUR);
    const createdAt = new Date(submittedAt.getTime() - rng.int(1, 20) * DAY);
    const ageDays = ageMs / DAY;

    let viewCount = Math.round(Math.exp(5 + 1.15 * rng.gaussian()) * (1 + Math.min(ageDays, 365) / 120));
    viewCount = Math.min(400_000, Math.max(12, viewCount));
    const likeTarget = rng.chance(0.35)
      ? 0
      : Math.min(40, 1 + Math.floor((viewCount / 200) * rng.next() * 2));
    const likers = pickLikers(rng, likeTarget, userCount, author.id);

    let views: number[] | null = null;
    if (ageDays < VIEW_DAYS || rng.chance(trendingChance)) {
      const peak = ageDays < VIEW_DAYS ? rng.int(20, 400) : rng.int(5, 120);
      const since =
        ageDays < VIEW_DAYS ? publishedAt : new Date(now.getTime() - rng.int(0, VIEW_DAYS - 1) * DAY);
      views = dailyViews(rng, since, now, peak);
      viewCount = Math.max(viewCount, views.reduce((sum, n) => sum + n, 0) + rng.int(0, 40));
    }
    const editorId = rng.pick(editors);

    plans.push({
      id: 0,
      ...basics,
      status: "PUBLISHED",
      authorId: author.id,
      zone,
      createdAt,
      submittedAt,
      publishedAt,
      updatedAt: publishedAt,
      version: 3,
      editorNote: rng.chance(0.04) ? rng.pick(EDITOR_NOTES) : null,
      viewCount,
      likers,
      dailyViews: views,
      events: [
        { actorId: author.id, from: "DRAFT", to: "SUBMITTED", note: null, at: submittedAt },
        { actorId: editorId, from: "SUBMITTED", to: "PUBLISHED", note: null, at: publishedAt },
      ],
      revisionAtSubmit: false,
    });
  }

  // Ids follow publication order, as they would on a real site.
  plans.sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0));
  plans.forEach((plan, index) => (plan.id = firstId + index));
  return plans;
}
