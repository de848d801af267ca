import Link from "next/link";
import { CoreBadge } from "@/components/ui/core-badge";
import { Avatar } from "@/components/user/avatar";
import type { AuthorRef } from "@/lib/db/articles";
import type { PublicProfile } from "@/lib/db/users";
import { pluralize } from "@/lib/format";

interface AuthorCardProps {
  author: AuthorRef | null;
  /** The author's public profile; null for former members and suspended accounts. */
  profile: PublicProfile | null;
}

/** "About the author" at the end of an article: picture, name, badge, bio and profile link. */
export function AuthorCard({ author, profile }: AuthorCardProps) {
  const name = profile?.name ?? author?.name ?? "Former member";
  return (
    <section
      aria-labelledby="author-card-heading"
      className="border-surface-border bg-surface-sunken mt-10 flex flex-col gap-4 rounded-lg border p-5 sm:flex-row"
    >
      <Avatar name={name} url={profile?.avatarUrl ?? author?.avatarUrl ?? null} size={64} />
      <div className="min-w-0 flex-1">
        <h2 id="author-card-heading" className="text-muted text-xs font-semibold tracking-wide uppercase">
          About the author
        </h2>
        <p className="text-ink mt-1 flex items-center text-lg font-bold">
          {name}
          {(profile?.isCore ?? author?.isCore) && <CoreBadge />}
        </p>
        {profile ? (
          <>
            {profile.bioHtml && (
              // bioHtml was rendered and sanitized by lib/markdown when the profile was saved.
              <div
                className="text-ink-soft [&_a]:text-brand-600 mt-2 text-sm leading-relaxed [&_a]:underline"
                dangerouslySetInnerHTML={{ __html: profile.bioHtml }}
              />
            )}
            <p className="text-muted mt-3 flex flex-wrap items-center gap-x-3 text-sm">
              <span>{pluralize(profile.publishedArticleCount, "published article")}</span>
              <Link
                href={`/users/${profile.username}`}
                className="text-brand-600 font-semibold hover:underline"
              >
                View profile
              </Link>
            </p>
          </>
        ) : (
          <p className="text-muted mt-2 text-sm">This author no longer has a public profile.</p>
        )}
      </div>
    </section>
  );
}
