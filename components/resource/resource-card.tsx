import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import { resourceHref, resourceKindLabel } from "@/lib/resources/paths";
import type { ResourceSummary } from "@/lib/db/resources";

/** A compact premium-content card: kind, Refcard number, title, authors + Core badge, summary. */
export function ResourceCard({ resource }: { resource: ResourceSummary }) {
  return (
    <article className="border-surface-border bg-surface rounded-lg border p-4">
      <p className="text-brand-600 text-xs font-semibold tracking-wide uppercase">
        {resourceKindLabel(resource.kind)}
        {resource.number !== null && <span className="text-muted ml-2">#{resource.number}</span>}
      </p>
      <h3 className="text-ink mt-1 text-base leading-snug font-semibold">
        <Link href={resourceHref(resource)} className="hover:text-brand-600 hover:underline">
          {resource.title}
        </Link>
      </h3>
      {resource.authors.length > 0 && (
        <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
          {resource.authors.map((author) => (
            <AuthorName key={author.username} author={author} />
          ))}
        </p>
      )}
      {resource.summary && <p className="text-ink-soft mt-2 line-clamp-2 text-sm">{resource.summary}</p>}
    </article>
  );
}
