import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import { CoreBadge } from "@/components/ui/core-badge";
import { FeedLink } from "@/components/ui/feed-link";
import { Avatar } from "@/components/user/avatar";
import type { PublicProfile } from "@/lib/db/users";
import { feedLinks } from "@/lib/feeds/links";
import { formatDate, pluralize } from "@/lib/format";

/** A member's name (the page's h1), badge, joined date, article count, bio and RSS link. */
export function ProfileHeader({ profile }: { profile: PublicProfile }) {
  return (
    <header className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <Avatar name={profile.name} url={profile.avatarUrl} size={96} />
      <div className="min-w-0 flex-1">
        <h1 className="text-ink flex flex-wrap items-center text-3xl font-extrabold break-words">
          {profile.name}
          {profile.isCore && <CoreBadge />}
        </h1>
        <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
          <span>@{profile.username}</span>
          <span aria-hidden="true">·</span>
          <span>
            Joined <time dateTime={profile.joinedAt.toISOString()}>{formatDate(profile.joinedAt)}</time>
          </span>
          <span aria-hidden="true">·</span>
          <span>{pluralize(profile.publishedArticleCount, "published article")}</span>
        </p>
        {profile.bioHtml && (
          // bioHtml was rendered and sanitized by lib/markdown when the profile was saved.
          <div
            className="text-ink-soft [&_a]:text-brand-600 mt-3 max-w-prose leading-relaxed [&_a]:underline"
            dangerouslySetInnerHTML={{ __html: profile.bioHtml }}
          />
        )}
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <SubscribeButton target="AUTHOR" targetId={profile.id} name={profile.name} />
          <FeedLink href={feedLinks(`/users/${profile.username}`).rss} label={profile.name} />
        </div>
      </div>
    </header>
  );
}
