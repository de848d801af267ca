import Link from "next/link";

/** The frame of the writing pages: title, a line of guidance, a way to the drafts list. */
export function WriteShell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-ink text-3xl font-bold tracking-tight">{title}</h1>
        <Link href="/drafts" className="text-brand-700 text-sm font-semibold underline underline-offset-2">
          Manage My Drafts
        </Link>
      </div>
      <p className="text-ink-soft mt-2">
        Drafts save as you type once a zone is chosen. Editors review what you submit before it is published;
        see the{" "}
        <Link href="/pages/submission-guidelines" className="text-brand-700 underline underline-offset-2">
          submission guidelines
        </Link>
        .
      </p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
