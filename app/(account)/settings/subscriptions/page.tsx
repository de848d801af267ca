import type { Metadata } from "next";
import { Suspense } from "react";
import { SettingsShell } from "@/components/settings/settings-shell";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { SubscriptionSettingsForm } from "@/components/subscriptions/subscription-settings-form";
import { requireUser } from "@/lib/auth/guards";
import { getSubscriptionSettings } from "@/lib/db/subscriptions";

export const metadata: Metadata = {
  title: "Manage Email Subscriptions",
  robots: { index: false },
};

export default function SubscriptionSettingsPage() {
  return (
    <SettingsShell
      title="Manage Email Subscriptions"
      intro="Digests of new articles from the zones, categories and authors you choose."
    >
      <Suspense fallback={<SettingsSkeleton sections={3} />}>
        <Subscriptions />
      </Suspense>
    </SettingsShell>
  );
}

/** The member's own choices: read per request (cookies), inside the Suspense boundary. */
async function Subscriptions() {
  const user = await requireUser("/settings/subscriptions");
  const settings = await getSubscriptionSettings(user.email);
  return <SubscriptionSettingsForm settings={settings} email={user.email} />;
}
