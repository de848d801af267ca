import type { Metadata } from "next";
import { Suspense } from "react";
import { SettingsShell } from "@/components/settings/settings-shell";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { ApiTokens } from "@/components/settings/tokens/api-tokens";
import { requireUser } from "@/lib/auth/guards";
import { listApiTokens } from "@/lib/db/api-tokens";

export const metadata: Metadata = {
  title: "API tokens",
  robots: { index: false },
};

export default function ApiTokensPage() {
  return (
    <SettingsShell
      title="API tokens"
      intro="Personal tokens for publishing drafts from a script or CI with the authoring API."
    >
      <Suspense fallback={<SettingsSkeleton sections={2} />}>
        <TokenSettings />
      </Suspense>
    </SettingsShell>
  );
}

/** The member's own tokens: read per request (cookies), inside the Suspense boundary. */
async function TokenSettings() {
  const user = await requireUser("/settings/tokens");
  return <ApiTokens initialTokens={await listApiTokens(user.id)} />;
}
