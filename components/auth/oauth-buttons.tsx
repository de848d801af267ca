import { connection } from "next/server";
import { oauthProviders } from "@/lib/auth/oauth";
import { OAuthButton } from "./oauth-button";

/**
 * "Continue with GitHub/Google" for each configured provider. Read at request time (not baked
 * into the build), so enabling a provider needs only its env vars and a restart.
 */
export async function OAuthButtons() {
  await connection();
  const providers = oauthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <p className="text-muted mb-3 flex items-center gap-3 text-xs tracking-wide uppercase before:h-px before:flex-1 before:bg-current/20 after:h-px after:flex-1 after:bg-current/20">
        or
      </p>
      <div className="space-y-2">
        {providers.map((provider) => (
          <OAuthButton key={provider.id} id={provider.id} name={provider.name} />
        ))}
      </div>
    </div>
  );
}
