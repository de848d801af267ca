import type { Metadata } from "next";
import { getCachedPublicProfile } from "@/components/user/profile-data";
import { ProfileView } from "@/components/user/profile-view";
import { pageFromSegment } from "@/lib/page-route";
import { parsePageSegment } from "@/lib/pagination";
import { profileMetadata } from "@/lib/seo/metadata";
import { EMPTY_PARAM_SLUG } from "@/lib/static-params";

export function generateStaticParams() {
  return [{ username: EMPTY_PARAM_SLUG, page: "2" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/users/[username]/page/[page]">): Promise<Metadata> {
  const { username, page } = await params;
  const profile = await getCachedPublicProfile(username);
  return profile ? profileMetadata(profile, parsePageSegment(page) ?? 1) : { title: "Member not found" };
}

export default async function ProfileFeedPage({ params }: PageProps<"/users/[username]/page/[page]">) {
  const { username, page: raw } = await params;
  const page = pageFromSegment(raw, `/users/${username}`);
  return <ProfileView username={username} page={page} />;
}
