import { notFound, permanentRedirect } from "next/navigation";
import { ArticleFeed, isPastEnd } from "@/components/article/article-feed";
import { getCachedFeedPage } from "@/components/article/feed-data";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { getCachedProfileRedirect, getCachedPublicProfile } from "@/components/user/profile-data";
import { ProfileHeader } from "@/components/user/profile-header";
import { TAGS } from "@/lib/cache/tags";
import { profilePageJsonLd } from "@/lib/seo/structured-data";

/**
 * A member's profile with page `page` of their published articles. An unknown username that
 * was renamed redirects permanently to the new profile (same page); otherwise 404.
 */
export async function ProfileView({ username, page }: { username: string; page: number }) {
  const profile = await getCachedPublicProfile(username);
  if (!profile) {
    const moved = await getCachedProfileRedirect(username);
    if (moved) permanentRedirect(page > 1 ? `${moved}/page/${page}` : moved);
    notFound();
  }
  const feed = await getCachedFeedPage({ authorId: profile.id }, page, [TAGS.user(profile.username)]);
  if (isPastEnd(feed, page)) notFound();

  return (
    <Container className="py-8">
      <JsonLd data={profilePageJsonLd(profile)} />
      <ProfileHeader profile={profile} />
      <section aria-labelledby="profile-articles" className="mt-10">
        <SectionHeading id="profile-articles">
          Published articles{page > 1 ? ` — page ${page}` : ""}
        </SectionHeading>
        <ArticleFeed
          feed={feed}
          page={page}
          basePath={`/users/${profile.username}`}
          empty={`${profile.name} has not published any articles yet.`}
        />
      </section>
    </Container>
  );
}
