import { getCachedLatestResources } from "@/components/resource/resource-data";
import { ResourceCard } from "@/components/resource/resource-card";
import { SectionHeading } from "@/components/ui/section-heading";
import type { ResourceSummary } from "@/lib/db/resources";

interface PremiumStripProps {
  id: string;
  title: string;
  /** The newest Refcards and Trend Reports in any of these zones. */
  zoneIds: number[];
  /** Resources an editor featured here; shown first, not repeated. */
  featured?: ResourceSummary[];
  limit?: number;
}

/** A row of premium content (Refcards, Trend Reports) for a category or zone; nothing when there is none. */
export async function PremiumStrip({ id, title, zoneIds, featured = [], limit = 4 }: PremiumStripProps) {
  const latest = await getCachedLatestResources({ zoneIds, limit });
  const shown = new Set(featured.map((r) => r.id));
  const resources = [...featured, ...latest.filter((r) => !shown.has(r.id))].slice(0, limit);
  if (resources.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <SectionHeading id={id}>{title}</SectionHeading>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {resources.map((resource) => (
          <li key={resource.id}>
            <ResourceCard resource={resource} />
          </li>
        ))}
      </ul>
    </section>
  );
}
