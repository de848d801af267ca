import Link from "next/link";
import { CategorySections } from "@/components/home/category-sections";
import { LatestArticles } from "@/components/home/latest-articles";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";

export default function HomePage() {
  return (
    <Container className="py-8">
      <h1 className="sr-only">Zonepress</h1>
      <section aria-labelledby="latest-articles">
        <SectionHeading
          id="latest-articles"
          action={
            <Link href="/articles" className="text-brand-600 text-sm hover:underline">
              View All Articles
            </Link>
          }
        >
          Latest Articles
        </SectionHeading>
        <LatestArticles limit={12} />
      </section>
      <div className="mt-12">
        <CategorySections />
      </div>
    </Container>
  );
}
