// A pool of distinct generated bodies per zone. Rendering every one of 100k bodies would
// take far too long, so articles reuse bodies from their zone's pool (titles, summaries and
// slugs stay unique); the pool is rendered once with the real save-time pipeline.
import { allZones, type ZoneSpec } from "./catalog";
import { articleBody } from "./markdown-body";
import { Rng } from "./prng";

export interface BodyPool {
  markdown: string[];
  /** Body indices by zone slug. */
  byZone: Map<string, number[]>;
}

/** 2 bodies per zone for tiny seeds, up to 12 per zone (360 in all) for large ones. */
export function bodiesPerZone(articleCount: number, zoneCount: number): number {
  return Math.min(12, Math.max(2, Math.ceil(articleCount / (zoneCount * 4))));
}

export function planBodyPool(seed: number, articleCount: number): BodyPool {
  const zones: ZoneSpec[] = allZones();
  const perZone = bodiesPerZone(articleCount, zones.length);
  const markdown: string[] = [];
  const byZone = new Map<string, number[]>();
  for (const zone of zones) {
    // One stream per zone and body, so the pool for N articles starts with the pool for fewer.
    const indices: number[] = [];
    for (let i = 0; i < perZone; i++) {
      indices.push(markdown.length);
      markdown.push(articleBody(Rng.derive(seed, `body:${zone.slug}:${i}`), zone, zones));
    }
    byZone.set(zone.slug, indices);
  }
  return { markdown, byZone };
}
