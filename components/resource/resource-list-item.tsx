import Link from "next/link";
import { ResourceAuthors } from "@/components/resource/resource-authors";
import { ResourceCover } from "@/components/resource/resource-cover";
import { resourceHref } from "@/lib/resources/paths";
import { ZoneLinks } from "@/components/resource/zone-links";
import type { ResourceSummary } from "@/lib/db/resources";
import { formatDate } from "@/lib/format";

/** One Refcard or Trend Report in a listing: cover, #number, title, summary, authors, zones. */
export function ResourceListItem({ resource }: { resource: ResourceSummary }) {
  return (
    <article className="border-surface-border flex gap-4 border-b py-5">
      {resource.coverImageUrl && (
        <ResourceCover
          src={resource.coverImageUrl}
          width={160}
          height={90}
          className="hidden h-[90px] w-40 sm:block"
        />
      )}
      <div className="min-w-0 flex-1">
        <h2 className="text-ink text-lg leading-snug font-semibold">
          {resource.number !== null && (
            <span className="text-brand-600 mr-2 font-bold">#{resource.number}</span>
          )}
          <Link href={resourceHref(resource)} className="hover:text-brand-600 hover:underline">
            {resource.title}
          </Link>
        </h2>
        <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
          <ResourceAuthors authors={resource.authors} />
          {resource.authors.length > 0 && <span aria-hidden="true">·</span>}
          <time dateTime={resource.publishedAt.toISOString()}>{formatDate(resource.publishedAt)}</time>
        </p>
        {resource.summary && <p className="text-ink-soft mt-2 text-sm">{resource.summary}</p>}
        <div className="mt-3">
          <ZoneLinks zones={resource.zones} />
        </div>
      </div>
    </article>
  );
}
