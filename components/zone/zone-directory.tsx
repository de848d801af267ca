import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { TAGS } from "@/lib/cache/tags";
import { listZoneDirectory, type CategoryDirectoryEntry } from "@/lib/db/zones";
import { pluralize } from "@/lib/format";

async function getCachedZoneDirectory(): Promise<CategoryDirectoryEntry[]> {
  "use cache";
  cacheLife("hours");
  // Zones and categories change through TAGS.categories; the counts with every publish.
  cacheTag(TAGS.categories, TAGS.articles);
  return listZoneDirectory();
}

/** `/zones`: every zone, grouped under its category, with its description and article count. */
export async function ZoneDirectory() {
  const categories = await getCachedZoneDirectory();
  return (
    <Container className="py-8">
      <h1 className="text-ink text-3xl font-extrabold">Zones</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Every topic on the site, grouped by category. Pick a zone to read its latest articles.
      </p>
      {categories.length === 0 && <p className="text-muted mt-8 text-sm">No zones have been set up yet.</p>}
      {categories.map((category) => (
        <section
          key={category.slug}
          aria-labelledby={`category-${category.slug}`}
          className="mt-10"
          data-category={category.slug}
        >
          <div className="border-surface-border border-b pb-2">
            <h2 id={`category-${category.slug}`} className="text-ink text-xl font-bold">
              <Link href={`/categories/${category.slug}`} className="hover:text-brand-600 hover:underline">
                {category.name}
              </Link>
            </h2>
            {category.description && <p className="text-muted mt-1 text-sm">{category.description}</p>}
          </div>
          {category.zones.length === 0 ? (
            <p className="text-muted mt-4 text-sm">No zones in this category yet.</p>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {category.zones.map((zone) => (
                <li key={zone.slug} className="border-surface-border rounded-lg border p-4">
                  <h3 className="text-ink font-semibold">
                    <Link href={`/zones/${zone.slug}`} className="hover:text-brand-600 hover:underline">
                      {zone.name}
                    </Link>
                  </h3>
                  {zone.description && <p className="text-ink-soft mt-1 text-sm">{zone.description}</p>}
                  <p className="text-muted mt-2 text-xs">{pluralize(zone.articleCount, "article")}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Container>
  );
}
