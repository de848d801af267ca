"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/auth/submit-json";

/** Gives a failed message another set of attempts, then shows the page as the server has it. */
export function RetryButton({ id }: { id: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setPending(true);
    setError(null);
    setStatus("");
    const result = await submitJson(`/api/editor/outbox/${id}/retry`, {});
    setPending(false);
    if (!result.ok) {
      setError(result.problem.detail);
      return;
    }
    setStatus("Queued for delivery again.");
    router.refresh();
  }

  return (
    <div>
      <button
        type="button"
        onClick={retry}
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Retrying…" : "Retry delivery"}
      </button>
      <p aria-live="polite" className="text-ink-soft mt-2 text-sm">
        {status}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
