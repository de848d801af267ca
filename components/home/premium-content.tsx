import Link from "next/link";
import { getCachedCurrentTrendReport, getCachedLatestResources } from "@/components/resource/resource-data";
import { ResourceCard } from "@/components/resource/resource-card";
import { SectionHeading } from "@/components/ui/section-heading";

/** Home "Premium content": the current Trend Report and the two newest Refcards. */
export async function PremiumContent() {
  const [trendReport, refcards] = await Promise.all([
    getCachedCurrentTrendReport(),
    getCachedLatestResources({ kind: "REFCARD", limit: 2 }),
  ]);
  if (!trendReport && refcards.length === 0) return null;
  return (
    <section aria-labelledby="premium-content">
      <SectionHeading id="premium-content">Premium Content</SectionHeading>
      <ul className="space-y-4">
        {trendReport && (
          <li>
            <ResourceCard resource={trendReport} />
          </li>
        )}
        {refcards.map((refcard) => (
          <li key={refcard.id}>
            <ResourceCard resource={refcard} />
          </li>
        ))}
      </ul>
      <p className="mt-3 flex gap-4 text-sm">
        <Link href="/trend-reports" className="text-brand-600 hover:underline">
          All Trend Reports
        </Link>
        <Link href="/refcards" className="text-brand-600 hover:underline">
          All Refcards
        </Link>
      </p>
    </section>
  );
}
