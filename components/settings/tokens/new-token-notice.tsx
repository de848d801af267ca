"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * The token just created, shown this once: only its hash is stored, so nobody can show it
 * again. The field is read-only and selected on focus so it can also be copied by hand when the
 * clipboard API is unavailable (plain http, older browsers).
 */
export function NewTokenNotice({
  name,
  token,
  onDismiss,
}: {
  name: string;
  token: string;
  onDismiss: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  // Focus lands on the token, so a screen reader announces it right after creation.
  useEffect(() => input.current?.focus(), [token]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("Copied to the clipboard.");
    } catch {
      input.current?.select();
      setCopied("Copying was refused by the browser; the token is selected, copy it with Ctrl+C or ⌘C.");
    }
  }

  return (
    <div className="mb-5 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p id={`${id}-warning`} className="text-sm font-semibold">
        Copy your new token “{name}” now. You will not be able to see it again.
      </p>
      <p className="mt-1 text-sm">Keep it secret like a password: anyone with it can write drafts as you.</p>
      <label htmlFor={id} className="mt-3 block text-sm font-semibold">
        Your new token
      </label>
      <input
        ref={input}
        id={id}
        readOnly
        value={token}
        aria-describedby={`${id}-warning`}
        onFocus={(e) => e.currentTarget.select()}
        spellCheck={false}
        className="bg-surface text-ink border-surface-border mt-1 block w-full rounded-md border px-3 py-2 font-mono text-sm"
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={copy}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold"
        >
          Copy token
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="border-surface-border text-ink bg-surface hover:bg-surface-sunken rounded-md border px-4 py-2 text-sm font-semibold"
        >
          I have copied it
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {copied}
      </p>
    </div>
  );
}
