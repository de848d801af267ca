// Editorial curation for the demo: a home Spotlight, Featured articles for some categories
// (others are left uncurated so the popular-articles fallback is visible too) and a few
// zones featuring a Refcard.
import type { ArticlePlan } from "./article-plan";
import { CATEGORIES } from "./catalog";
import { Rng } from "./prng";
import type { ResourcePlan } from "./resources";

export interface FeaturePlan {
  slot: "SPOTLIGHT" | "FEATURED";
  scope: "SITE" | "CATEGORY" | "ZONE";
  /** Category or zone slug; null for SITE. */
  scopeSlug: string | null;
  articleId: number | null;
  resourceSlug: string | null;
  position: number;
}

const DAY = 86_400_000;

/** Most-viewed published articles among `plans` newer than `days`, best first. */
function popular(plans: readonly ArticlePlan[], now: Date, days: number, limit: number): ArticlePlan[] {
  const cutoff = now.getTime() - days * DAY;
  return plans
    .filter((p) => p.status === "PUBLISHED" && (p.publishedAt?.getTime() ?? 0) >= cutoff)
    .sort((a, b) => b.viewCount - a.viewCount || b.id - a.id)
    .slice(0, limit);
}

export function planFeatures(
  seed: number,
  plans: readonly ArticlePlan[],
  resources: readonly ResourcePlan[],
  now: Date,
): FeaturePlan[] {
  const rng = Rng.derive(seed, "features");
  const features: FeaturePlan[] = [];
  const published = plans.filter((p) => p.status === "PUBLISHED");

  // Widen the window until there are enough candidates (small seeds are sparse).
  let spotlight: ArticlePlan[] = [];
  for (const days of [14, 60, 365, 10_000])
    if (spotlight.length < 4) spotlight = popular(published, now, days, 4);
  spotlight.forEach((p, position) =>
    features.push({
      slot: "SPOTLIGHT",
      scope: "SITE",
      scopeSlug: null,
      articleId: p.id,
      resourceSlug: null,
      position,
    }),
  );

  for (const category of CATEGORIES.slice(0, 4)) {
    // Not the Spotlight articles again: the home page shows both sections.
    const inCategory = published.filter(
      (p) => p.zone.categorySlug === category.slug && !spotlight.includes(p),
    );
    popular(inCategory, now, 120, 3).forEach((p, position) =>
      features.push({
        slot: "FEATURED",
        scope: "CATEGORY",
        scopeSlug: category.slug,
        articleId: p.id,
        resourceSlug: null,
        position,
      }),
    );
  }

  const refcards = resources.filter((r) => r.kind === "REFCARD");
  for (const refcard of rng.sample(refcards, 3)) {
    const zone = refcard.zoneSlugs[0];
    if (zone)
      features.push({
        slot: "FEATURED",
        scope: "ZONE",
        scopeSlug: zone,
        articleId: null,
        resourceSlug: refcard.slug,
        position: 0,
      });
  }
  return features;
}
