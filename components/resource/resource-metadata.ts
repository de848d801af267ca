import type { Metadata } from "next";
import { RESOURCE_COPY } from "@/components/resource/resource-copy";
import { resourceBasePath, resourceHref, resourceKindLabel } from "@/lib/resources/paths";
import type { ResourceDetail, ResourceKind } from "@/lib/db/resources";
import { pageHref } from "@/lib/pagination";

// Metadata for the resource pages; relative URLs resolve against the root layout's metadataBase.

export function resourceListingMetadata(kind: ResourceKind, page: number): Metadata {
  const copy = RESOURCE_COPY[kind];
  const title = page > 1 ? `${copy.plural} — page ${page}` : copy.plural;
  const url = pageHref(resourceBasePath(kind), page);
  return {
    title,
    description: copy.intro,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description: copy.intro, url },
  };
}

export function resourceMetadata(resource: ResourceDetail | null, kind: ResourceKind): Metadata {
  if (!resource) return { title: `${resourceKindLabel(kind)} not found` };
  const title = resource.number !== null ? `${resource.title} (Refcard #${resource.number})` : resource.title;
  const url = resourceHref(resource);
  const description = resource.summary || undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title,
      description,
      url,
      publishedTime: resource.publishedAt.toISOString(),
      modifiedTime: resource.updatedAt.toISOString(),
      images: resource.coverImageUrl ? [{ url: resource.coverImageUrl, alt: resource.title }] : undefined,
    },
  };
}
