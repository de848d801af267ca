"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { submitJson } from "@/components/auth/submit-json";

/**
 * Retry for a FAILED message, then the page as the server has it. Rendered for every status so
 * that the confirmation outlives the refresh that removes the button (the message is no longer
 * failed); focus moves to that confirmation instead of being lost with the button.
 */
export function RetryButton({ id, failed }: { id: number; failed: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function retry() {
    setPending(true);
    setError(null);
    const result = await submitJson(`/api/editor/outbox/${id}/retry`, {});
    setPending(false);
    if (!result.ok) {
      setError(result.problem.detail);
      return;
    }
    setQueued(true);
    statusRef.current?.focus();
    router.refresh();
  }

  if (!failed && !queued) return null;
  return (
    <div className="mt-4">
      {failed && !queued && (
        <button
          type="button"
          onClick={retry}
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
        >
          {pending ? "Retrying…" : "Retry delivery"}
        </button>
      )}
      <p
        ref={statusRef}
        tabIndex={-1}
        aria-live="polite"
        className="text-ink-soft mt-2 text-sm focus:outline-none"
      >
        {queued && "Queued for delivery again: it goes out within a few seconds."}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
