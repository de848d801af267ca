"use client";

import { useRef, useState } from "react";
import { SettingsSection } from "@/components/settings/settings-section";
import type { ApiTokenView, CreatedTokenResponse } from "@/lib/api/token-input";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenNotice } from "./new-token-notice";
import { TokenList } from "./token-list";

/** The API tokens page: create a token (shown once) and the list of active ones to revoke. */
export function ApiTokens({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<{ id: number; name: string; token: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const listHeading = useRef<HTMLDivElement>(null);

  function onCreated({ token, apiToken }: CreatedTokenResponse) {
    setTokens((list) => [apiToken, ...list]);
    setCreated({ id: apiToken.id, name: apiToken.name, token });
    setStatus(null);
  }

  function onRevoked(token: ApiTokenView) {
    setTokens((list) => list.filter((t) => t.id !== token.id));
    if (created?.id === token.id) setCreated(null);
    setStatus(`Token “${token.name}” revoked.`);
    // The row and its button are gone: keep the keyboard in the list rather than on <body>.
    listHeading.current?.focus();
  }

  return (
    <div className="space-y-8">
      <SettingsSection
        id="settings-token-create"
        title="Create a token"
        description={
          <>
            Scripts and CI jobs use a token to create, update and submit your drafts through the authoring API
            at <code>/api/v1/drafts</code>, sending it as <code>Authorization: Bearer zp_…</code>. A token can
            do what you can do with drafts, nothing else.
          </>
        }
      >
        {created && (
          <NewTokenNotice name={created.name} token={created.token} onDismiss={() => setCreated(null)} />
        )}
        <CreateTokenForm activeCount={tokens.length} onCreated={onCreated} />
      </SettingsSection>
      <SettingsSection id="settings-token-list" title="Your tokens">
        <div ref={listHeading} tabIndex={-1} className="focus:outline-none">
          <div role="status" aria-live="polite">
            {status && <p className="text-ink-soft mb-3 text-sm">{status}</p>}
          </div>
          <TokenList tokens={tokens} onRevoked={onRevoked} />
        </div>
      </SettingsSection>
    </div>
  );
}
