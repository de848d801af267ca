import Link from "next/link";
import type { MyArticleGroup } from "@/lib/authoring/my-articles";
import { MyArticleItem } from "./my-article-item";

const postClass =
  "bg-brand-600 text-on-brand hover:bg-brand-700 inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold";

/** The author's articles grouped by status, or an invitation to write the first one. */
export function MyArticlesView({ groups }: { groups: MyArticleGroup[] | null }) {
  if (!groups) {
    return (
      <div className="border-surface-border bg-surface-sunken rounded-xl border border-dashed p-8 text-center">
        <p className="text-ink font-semibold">You have not written anything yet.</p>
        <p className="text-ink-soft mt-1 text-sm">
          Drafts you save and articles you submit will appear here.
        </p>
        <Link href="/write" className={`${postClass} mt-4`}>
          Post an Article
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-10">
      {groups.map((group) => {
        const headingId = `drafts-group-${group.status.toLowerCase()}`;
        return (
          <section key={group.status} aria-labelledby={headingId}>
            <h2 id={headingId} className="text-ink text-xl font-bold">
              {group.heading}{" "}
              <span className="text-muted text-base font-normal">({group.articles.length})</span>
            </h2>
            {group.articles.length === 0 ? (
              <p className="text-muted mt-2 text-sm">Nothing here.</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {group.articles.map((article) => (
                  <MyArticleItem key={article.id} article={article} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

export function MyArticlesSkeleton() {
  return (
    <div aria-hidden="true" className="space-y-6">
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i}>
          <div className="bg-surface-sunken h-6 w-32 rounded" />
          <div className="border-surface-border mt-3 h-24 rounded-xl border" />
        </div>
      ))}
    </div>
  );
}
