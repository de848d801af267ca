"use client";

import { useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";

/** Starts next-auth's OAuth flow and comes back to the page the visitor came from. */
export function OAuthButton({ id, name }: { id: string; name: string }) {
  const params = useSearchParams();
  const next = params.get("next");
  const callbackUrl = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  return (
    <button
      type="button"
      onClick={() => void signIn(id, { callbackUrl })}
      className="border-surface-border text-ink hover:bg-surface-sunken w-full rounded-md border px-4 py-2 text-sm font-semibold"
    >
      Continue with {name}
    </button>
  );
}
