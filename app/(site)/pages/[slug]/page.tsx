import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCachedPage } from "@/components/article/page-data";
import { Container } from "@/components/ui/container";
import { slugParams } from "@/lib/static-params";
import { listPageSlugs } from "@/lib/db/pages";

export async function generateStaticParams() {
  return slugParams(await listPageSlugs());
}

export async function generateMetadata({ params }: PageProps<"/pages/[slug]">): Promise<Metadata> {
  const page = await getCachedPage((await params).slug);
  return { title: page?.title ?? "Page not found" };
}

export default async function ContentPage({ params }: PageProps<"/pages/[slug]">) {
  const page = await getCachedPage((await params).slug);
  if (!page) notFound();
  return (
    <Container className="py-8">
      <h1 className="text-ink text-3xl font-extrabold">{page.title}</h1>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
    </Container>
  );
}
