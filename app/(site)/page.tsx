import type { Metadata } from "next";
import { CategorySections } from "@/components/home/category-sections";
import { MoreArticles } from "@/components/home/more-articles";
import { Popular } from "@/components/home/popular";
import { PremiumContent } from "@/components/home/premium-content";
import { SpotlightSection } from "@/components/home/spotlight";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { listingMetadata } from "@/lib/page-metadata";

const homeTitle = "Zonepress — articles for developers, by developers";

export const metadata: Metadata = {
  ...listingMetadata({
    title: homeTitle,
    description:
      "Developer articles, Refcards and Trend Reports from the community, organised by zones and categories.",
    path: "/",
    feedBase: "",
    feedTitle: "Zonepress",
  }),
  // Not "… | Zonepress" from the layout's template: the home page's title is the site's own.
  title: { absolute: homeTitle },
};

export default function HomePage() {
  return (
    <Container className="py-8">
      <h1 className="sr-only">Zonepress</h1>
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <SpotlightSection />
          <section aria-labelledby="more-articles">
            <SectionHeading id="more-articles">More Articles</SectionHeading>
            <MoreArticles limit={10} />
          </section>
        </div>
        <aside aria-label="Premium and popular" className="space-y-10">
          <PremiumContent />
        </aside>
      </div>
      <div className="mt-12">
        <Popular />
      </div>
      <div className="mt-12">
        <CategorySections />
      </div>
    </Container>
  );
}
