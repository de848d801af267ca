import type { ResourceKindInput } from "./input";

// Where each kind of premium resource lives and how readers name it; shared by the reader pages,
// the editor pages and the Redirect rows a slug change writes.
const BASE_PATH: Record<ResourceKindInput, string> = { REFCARD: "/refcards", TREND_REPORT: "/trend-reports" };
const LABEL: Record<ResourceKindInput, string> = { REFCARD: "Refcard", TREND_REPORT: "Trend Report" };

export function resourceBasePath(kind: ResourceKindInput): string {
  return BASE_PATH[kind];
}

export function resourceHref(resource: { kind: ResourceKindInput; slug: string }): string {
  return `${BASE_PATH[resource.kind]}/${resource.slug}`;
}

export function resourceKindLabel(kind: ResourceKindInput): string {
  return LABEL[kind];
}
