import type { ResourceKind } from "@/lib/db/resources";

// Where each kind of premium resource lives, and how readers name it.
const BASE_PATH: Record<ResourceKind, string> = { REFCARD: "/refcards", TREND_REPORT: "/trend-reports" };
const LABEL: Record<ResourceKind, string> = { REFCARD: "Refcard", TREND_REPORT: "Trend Report" };

export function resourceBasePath(kind: ResourceKind): string {
  return BASE_PATH[kind];
}

export function resourceHref(resource: { kind: ResourceKind; slug: string }): string {
  return `${BASE_PATH[resource.kind]}/${resource.slug}`;
}

export function resourceKindLabel(kind: ResourceKind): string {
  return LABEL[kind];
}
