import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCachedPage } from "@/components/article/page-data";
import { redirectIfMoved } from "@/components/site-admin/moved-data";
import { Container } from "@/components/ui/container";
import { slugParams } from "@/lib/static-params";
import { listPageSlugs } from "@/lib/db/pages";
import { htmlExcerpt } from "@/lib/format";
import { listingMetadata } from "@/lib/page-metadata";

export async function generateStaticParams() {
  return slugParams(await listPageSlugs());
}

export async function generateMetadata({ params }: PageProps<"/pages/[slug]">): Promise<Metadata> {
  const page = await getCachedPage((await params).slug);
  if (!page) return { title: "Page not found" };
  return listingMetadata({
    title: page.title,
    description: htmlExcerpt(page.bodyHtml) || page.title,
    path: `/pages/${page.slug}`,
  });
}

export default async function ContentPage({ params }: PageProps<"/pages/[slug]">) {
  const { slug } = await params;
  const page = await getCachedPage(slug);
  if (!page) {
    // A renamed page's old address (a footer link, a bookmark) follows it.
    await redirectIfMoved(`/pages/${slug}`);
    notFound();
  }
  return (
    <Container className="py-8">
      <h1 className="text-ink text-3xl font-extrabold">{page.title}</h1>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
    </Container>
  );
}
