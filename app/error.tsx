"use client";

import Link from "next/link";

// Route-level error boundary: a friendly message and a retry, never the error text itself
// (production builds only pass a digest to the client anyway).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-content px-4 py-20 text-center">
      <h1 className="text-3xl font-extrabold text-ink">Something went wrong</h1>
      <p className="mt-3 text-ink-soft">We could not show this page. Please try again in a moment.</p>
      {error.digest && <p className="mt-2 text-xs text-muted">Reference: {error.digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Try again
        </button>
        <Link href="/" className="rounded-md border border-surface-border px-4 py-2 font-semibold text-ink-soft hover:text-brand-600">
          Home
        </Link>
      </div>
    </div>
  );
}
