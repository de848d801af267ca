import Link from "next/link";
import type { DraftStatus } from "./draft-types";

const WHY: Partial<Record<DraftStatus, string>> = {
  SUBMITTED: "This article is waiting for review. Withdraw it from Manage My Drafts to edit.",
  PUBLISHED: "This article is published and can no longer be edited here.",
  REJECTED: "This article was rejected and can no longer be edited.",
  ARCHIVED: "This article was unpublished and can no longer be edited.",
};

/** Shown instead of the editor for an article of mine that is not a draft any more. */
export function NotEditable({ title, status }: { title: string; status: DraftStatus }) {
  return (
    <div className="border-surface-border bg-surface-sunken rounded-md border px-4 py-4">
      <h2 className="text-ink text-lg font-semibold">{title || "Untitled draft"}</h2>
      <p className="text-ink-soft mt-2">{WHY[status] ?? "This article cannot be edited here."}</p>
      <p className="mt-3">
        <Link href="/drafts" className="text-brand-700 font-semibold underline underline-offset-2">
          Go to Manage My Drafts
        </Link>
      </p>
    </div>
  );
}
