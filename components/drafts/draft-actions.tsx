"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { DraftStatus } from "@/lib/authoring/drafts";
import { DeleteDialog } from "./delete-dialog";

export const actionClass =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-700 inline-flex items-center rounded-md border px-2.5 py-1 text-sm font-semibold disabled:opacity-60";

/**
 * What the author can do with one article, by status: Edit (draft, changes requested),
 * Withdraw (submitted), Delete (draft only, confirmed), View (published). After a change the
 * page is re-read from the server, so the article moves to its new group.
 */
export function DraftActions({
  id,
  slug,
  title,
  status,
}: {
  id: number;
  slug: string;
  title: string;
  status: DraftStatus;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorId = useId();

  async function send(path: string, method: "POST" | "DELETE"): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      const response = await fetch(path, { method, headers: { Accept: "application/json" } });
      if (response.ok) {
        router.refresh();
        return true;
      }
      const problem = (await response.json().catch(() => ({}))) as { detail?: string };
      setError(problem.detail ?? "Something went wrong. Please try again.");
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
    return false;
  }

  const described = error && !confirming ? errorId : undefined;
  return (
    <div className="mt-3">
      <div className="flex flex-wrap gap-2">
        {(status === "DRAFT" || status === "CHANGES_REQUESTED") && (
          <Link href={`/write/${id}`} className={actionClass}>
            Edit
          </Link>
        )}
        {status === "SUBMITTED" && (
          <button
            type="button"
            className={actionClass}
            disabled={pending}
            aria-describedby={described}
            onClick={() => send(`/api/drafts/${id}/withdraw`, "POST")}
          >
            {pending ? "Withdrawing…" : "Withdraw"}
          </button>
        )}
        {status === "DRAFT" && (
          <button
            type="button"
            className={actionClass}
            disabled={pending}
            aria-describedby={described}
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            Delete
          </button>
        )}
        {status === "PUBLISHED" && (
          <Link href={`/articles/${slug}`} className={actionClass}>
            View
          </Link>
        )}
      </div>
      {error && !confirming && (
        <p id={errorId} role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {status === "DRAFT" && (
        <DeleteDialog
          title={title}
          open={confirming}
          pending={pending}
          error={confirming ? error : null}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            if (await send(`/api/drafts/${id}`, "DELETE")) setConfirming(false);
          }}
        />
      )}
    </div>
  );
}
