import { notFound, permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DownloadCta } from "@/components/resource/download-cta";
import { ResourceAuthors } from "@/components/resource/resource-authors";
import { RESOURCE_COPY } from "@/components/resource/resource-copy";
import { ResourceCover } from "@/components/resource/resource-cover";
import { getCachedResource, getCachedResourceRedirect } from "@/components/resource/resource-data";
import { resourceBasePath, resourceHref, resourceKindLabel } from "@/lib/resources/paths";
import { ZoneLinks } from "@/components/resource/zone-links";
import { Container } from "@/components/ui/container";
import type { ResourceKind } from "@/lib/db/resources";
import { formatDate } from "@/lib/format";

/**
 * A Refcard's or Trend Report's page: its preview and the Download call to action. An old slug
 * redirects permanently to the new one; otherwise unknown slugs are a 404.
 */
export async function ResourceDetailView({ kind, slug }: { kind: ResourceKind; slug: string }) {
  const resource = await getCachedResource(kind, slug);
  if (!resource) {
    const moved = await getCachedResourceRedirect(kind, slug);
    if (moved) permanentRedirect(moved);
    notFound();
  }
  const copy = RESOURCE_COPY[kind];
  const path = resourceHref(resource);

  return (
    <Container className="py-8">
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: copy.plural, href: resourceBasePath(kind) },
          { name: resource.title },
        ]}
      />
      <article className="mt-4">
        <header className="flex flex-col-reverse gap-6 md:flex-row md:items-start md:justify-between">
          <div className="max-w-prose">
            <p className="text-brand-600 text-sm font-semibold tracking-wide uppercase">
              {resourceKindLabel(kind)}
              {resource.number !== null && <span className="ml-2">#{resource.number}</span>}
            </p>
            <h1 className="text-ink mt-1 text-3xl leading-tight font-extrabold sm:text-4xl">
              {resource.title}
            </h1>
            {resource.summary && <p className="text-ink-soft mt-3 text-lg">{resource.summary}</p>}
            <p className="text-muted mt-4 flex flex-wrap items-center gap-x-2 text-sm">
              <ResourceAuthors authors={resource.authors} />
              {resource.authors.length > 0 && <span aria-hidden="true">·</span>}
              <span>
                Published{" "}
                <time dateTime={resource.publishedAt.toISOString()}>{formatDate(resource.publishedAt)}</time>
              </span>
            </p>
            <div className="mt-4">
              <ZoneLinks zones={resource.zones} />
            </div>
          </div>
          {resource.coverImageUrl && (
            <ResourceCover
              src={resource.coverImageUrl}
              width={320}
              height={180}
              eager
              className="aspect-video h-auto w-full max-w-sm"
            />
          )}
        </header>
        <DownloadCta
          resourceId={resource.id}
          path={path}
          text={copy.download}
          downloadCount={resource.downloadCount}
          hasFile={resource.hasFile}
          fileSize={resource.fileSize}
        />
        <section aria-labelledby="preview-heading" className="mt-10">
          <h2 id="preview-heading" className="text-muted text-sm font-semibold tracking-wide uppercase">
            Preview
          </h2>
          {/* bodyHtml was rendered and sanitized by lib/markdown when the resource was saved. Code wraps
              instead of scrolling: a scrollable <pre> is not keyboard-reachable (axe
              scrollable-region-focusable) until the render pipeline makes <pre> focusable. */}
          <div
            className="prose-body mt-2 [&_pre]:break-words [&_pre]:whitespace-pre-wrap"
            dangerouslySetInnerHTML={{ __html: resource.bodyHtml }}
          />
        </section>
      </article>
    </Container>
  );
}
