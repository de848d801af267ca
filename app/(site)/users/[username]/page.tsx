import type { Metadata } from "next";
import { getCachedPublicProfile } from "@/components/user/profile-data";
import { ProfileView } from "@/components/user/profile-view";
import { listRecentAuthorUsernames } from "@/lib/db/users";
import { profileMetadata } from "@/lib/seo/metadata";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listRecentAuthorUsernames(20)).map(({ slug }) => ({ username: slug }));
}

export async function generateMetadata({ params }: PageProps<"/users/[username]">): Promise<Metadata> {
  const profile = await getCachedPublicProfile((await params).username);
  return profile ? profileMetadata(profile) : { title: "Member not found" };
}

export default async function ProfilePage({ params }: PageProps<"/users/[username]">) {
  return <ProfileView username={(await params).username} page={1} />;
}
