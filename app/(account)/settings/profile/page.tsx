import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AvatarField } from "@/components/settings/avatar-field";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { SettingsShell } from "@/components/settings/settings-shell";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { requireUser } from "@/lib/auth/guards";
import { getEditableProfile } from "@/lib/db/account";

export const metadata: Metadata = {
  title: "Edit Profile",
  robots: { index: false },
};

export default function EditProfilePage() {
  return (
    <SettingsShell
      title="Edit Profile"
      intro="How you appear on your profile page and next to your articles."
    >
      <Suspense fallback={<SettingsSkeleton sections={2} />}>
        <ProfileSettings />
      </Suspense>
    </SettingsShell>
  );
}

/** The member's own data: read per request (cookies), inside the Suspense boundary. */
async function ProfileSettings() {
  const user = await requireUser("/settings/profile");
  const profile = await getEditableProfile(user.id);
  if (!profile) notFound();
  return (
    <div className="space-y-8">
      <SettingsSection id="settings-avatar" title="Avatar">
        <AvatarField name={profile.name} initialUrl={profile.avatarUrl} />
      </SettingsSection>
      <SettingsSection id="settings-profile" title="Profile">
        <ProfileForm initial={{ name: profile.name, username: profile.username, bio: profile.bio }} />
      </SettingsSection>
    </div>
  );
}
