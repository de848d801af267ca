"use client";

import { useState } from "react";
import { submitJson } from "@/components/auth/submit-json";
import type { ApiTokenView } from "@/lib/api/token-input";
import { formatDate } from "@/lib/format";

/**
 * The member's active tokens. Revoking asks once more (it cannot be undone and breaks the
 * scripts using the token), then removes the row; errors are shown on the row they belong to.
 */
export function TokenList({
  tokens,
  onRevoked,
}: {
  tokens: ApiTokenView[];
  onRevoked: (token: ApiTokenView) => void;
}) {
  if (tokens.length === 0) {
    return <p className="text-ink-soft text-sm">You have no API tokens.</p>;
  }
  return (
    <ul className="divide-surface-border border-surface-border divide-y rounded-md border">
      {tokens.map((token) => (
        <TokenRow key={token.id} token={token} onRevoked={onRevoked} />
      ))}
    </ul>
  );
}

function TokenRow({ token, onRevoked }: { token: ApiTokenView; onRevoked: (token: ApiTokenView) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = `token-${token.id}-error`;

  async function revoke() {
    setPending(true);
    const result = await submitJson<unknown>(`/api/account/tokens/${token.id}`, undefined, "DELETE");
    setPending(false);
    // 404: it was revoked meanwhile (another tab); either way it no longer works.
    if (result.ok || result.problem.status === 404) {
      onRevoked(token);
      return;
    }
    setError(result.problem.detail);
  }

  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <div className="min-w-0">
        <p className="text-ink font-semibold break-words">{token.name}</p>
        <p className="text-ink-soft text-sm">
          Created <time dateTime={token.createdAt}>{formatDate(new Date(token.createdAt))}</time>
          {" · "}
          {token.lastUsedAt ? (
            <>
              Last used <time dateTime={token.lastUsedAt}>{formatDate(new Date(token.lastUsedAt))}</time>
            </>
          ) : (
            "Never used"
          )}
        </p>
        {error && (
          <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      {confirming ? (
        <div role="group" aria-label={`Revoke ${token.name}?`} className="flex flex-wrap items-center gap-2">
          <span className="text-ink text-sm">Scripts using it stop working.</span>
          <button
            type="button"
            onClick={revoke}
            disabled={pending}
            aria-describedby={error ? errorId : undefined}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
          >
            {pending ? "Revoking…" : "Revoke token"}
          </button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={`Revoke ${token.name}`}
          className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-3 py-1.5 text-sm font-semibold"
        >
          Revoke
        </button>
      )}
    </li>
  );
}
