import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { ExportData } from "@/components/settings/export-data";
import { PasswordForm } from "@/components/settings/password-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { SettingsShell } from "@/components/settings/settings-shell";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { requireUser } from "@/lib/auth/guards";
import { getEditableProfile } from "@/lib/db/account";

export const metadata: Metadata = {
  title: "Account settings",
  robots: { index: false },
};

export default function AccountSettingsPage() {
  return (
    <SettingsShell title="Account settings" intro="Password, sessions, your data and your account.">
      <Suspense fallback={<SettingsSkeleton sections={4} />}>
        <AccountSettings />
      </Suspense>
    </SettingsShell>
  );
}

async function AccountSettings() {
  const user = await requireUser("/settings/account");
  const profile = await getEditableProfile(user.id);
  if (!profile) notFound();
  return (
    <div className="space-y-8">
      <SettingsSection
        id="settings-password"
        title="Change password"
        description={
          profile.hasPassword
            ? "Changing it signs you out on every other device; you stay signed in here."
            : "You sign in with GitHub or Google, so your account has no password to change."
        }
      >
        {profile.hasPassword && <PasswordForm username={profile.username} />}
      </SettingsSection>
      <SettingsSection
        id="settings-sessions"
        title="Sign out everywhere"
        description="Ends every session of your account on every device, including this one."
      >
        <SignOutEverywhere />
      </SettingsSection>
      <SettingsSection
        id="settings-export"
        title="Export my data"
        description="A JSON file with your profile, all your articles (with their markdown), your likes and your email subscriptions."
      >
        <ExportData />
      </SettingsSection>
      <SettingsSection
        id="settings-delete"
        title="Delete account"
        tone="danger"
        description="This cannot be undone. Your profile, likes, subscriptions and profile picture are deleted."
      >
        <DeleteAccountForm username={profile.username} hasPassword={profile.hasPassword} />
      </SettingsSection>
    </div>
  );
}
