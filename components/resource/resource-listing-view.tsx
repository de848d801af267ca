import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RESOURCE_COPY } from "@/components/resource/resource-copy";
import { getCachedResourcePage } from "@/components/resource/resource-data";
import { ResourceListItem } from "@/components/resource/resource-list-item";
import { resourceBasePath } from "@/lib/resources/paths";
import { Container } from "@/components/ui/container";
import { Pager } from "@/components/ui/pager";
import type { ResourceKind } from "@/lib/db/resources";
import { totalPages } from "@/lib/pagination";

/** `/refcards` or `/trend-reports` at `page`: newest first, 20 a page; 404 past the last page. */
export async function ResourceListingView({ kind, page }: { kind: ResourceKind; page: number }) {
  const { resources, total } = await getCachedResourcePage(kind, page);
  if (page > 1 && resources.length === 0) notFound();
  const copy = RESOURCE_COPY[kind];
  const basePath = resourceBasePath(kind);

  return (
    <Container className="py-8">
      <Breadcrumbs items={[{ name: "Home", href: "/" }, { name: copy.plural }]} />
      <h1 className="text-ink mt-1 text-3xl font-extrabold">
        {copy.plural}
        {page > 1 ? ` — page ${page}` : ""}
      </h1>
      <p className="text-ink-soft mt-2 max-w-prose">{copy.intro}</p>
      {resources.length === 0 ? (
        <p className="text-muted mt-8 text-sm">
          {copy.empty}{" "}
          <Link href="/articles" className="text-brand-600 hover:underline">
            All articles
          </Link>
        </p>
      ) : (
        <div className="mt-6">
          {resources.map((resource) => (
            <ResourceListItem key={resource.id} resource={resource} />
          ))}
        </div>
      )}
      <Pager basePath={basePath} current={page} pages={totalPages(total)} />
    </Container>
  );
}
