import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { MyArticlesSkeleton, MyArticlesView } from "@/components/drafts/my-articles-view";
import { requireUser } from "@/lib/auth/guards";
import { listMyArticles } from "@/lib/authoring/my-articles";

export const metadata: Metadata = {
  title: "Manage My Drafts",
  robots: { index: false },
};

export default function ManageMyDraftsPage() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-ink text-3xl font-bold tracking-tight">Manage My Drafts</h1>
          <p className="text-ink-soft mt-2">Everything you have written, by where it is in review.</p>
        </div>
        <Link
          href="/write"
          className="bg-brand-600 text-on-brand hover:bg-brand-700 rounded-md px-4 py-2 text-sm font-semibold"
        >
          Post an Article
        </Link>
      </div>
      <div className="mt-8">
        <Suspense fallback={<MyArticlesSkeleton />}>
          <MyArticles />
        </Suspense>
      </div>
    </div>
  );
}

/** The author's own articles: read per request (cookies), inside the Suspense boundary. */
async function MyArticles() {
  const user = await requireUser("/drafts");
  return <MyArticlesView groups={await listMyArticles(user.id)} />;
}
