import Link from "next/link";
import { getCachedPopular, type PopularContent } from "@/components/home/popular-data";
import { SectionHeading } from "@/components/ui/section-heading";
import { pluralize } from "@/lib/format";

const COPY = {
  week: { zones: "Popular zones this week", articles: "Popular articles this week", suffix: " this week" },
  "all-time": { zones: "Most-viewed zones", articles: "Most-viewed articles", suffix: "" },
} as const;

/** The home page's Popular section: most-viewed zones and articles of the last seven days. */
export async function Popular() {
  const popular = await getCachedPopular();
  return (
    <section aria-labelledby="popular-heading">
      <SectionHeading id="popular-heading">Popular</SectionHeading>
      <PopularLists popular={popular} />
    </section>
  );
}

export function PopularLists({ popular }: { popular: PopularContent }) {
  const copy = COPY[popular.period];
  if (popular.articles.length === 0 && popular.zones.length === 0) {
    return <p className="text-muted py-6 text-sm">Nothing has been published yet.</p>;
  }
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="popular-zones-heading">
        <h3 id="popular-zones-heading" className="text-ink mb-3 text-base font-semibold">
          {copy.zones}
        </h3>
        <ol className="space-y-2">
          {popular.zones.map((zone) => (
            <li key={zone.slug} className="flex items-baseline justify-between gap-3 text-sm">
              <Link
                href={`/zones/${zone.slug}`}
                className="text-ink hover:text-brand-600 font-medium hover:underline"
              >
                {zone.name}
              </Link>
              <span className="text-muted shrink-0 text-xs">
                {pluralize(zone.views, "view")}
                {copy.suffix}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="popular-articles-heading">
        <h3 id="popular-articles-heading" className="text-ink mb-3 text-base font-semibold">
          {copy.articles}
        </h3>
        <ol className="space-y-3">
          {popular.articles.map((article) => (
            <li key={article.id} className="text-sm">
              <Link
                href={`/articles/${article.slug}`}
                className="text-ink hover:text-brand-600 font-medium break-words hover:underline"
              >
                {article.title}
              </Link>
              <p className="text-muted mt-0.5 text-xs">
                <Link href={`/zones/${article.zone.slug}`} className="hover:text-brand-600 hover:underline">
                  {article.zone.name}
                </Link>{" "}
                · {pluralize(article.periodViews, "view")}
                {copy.suffix}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
