"use client";

import Link from "next/link";

// Route-level error boundary: a friendly message and a retry, never the error text itself
// (production builds only pass a digest to the client anyway).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-content mx-auto px-4 py-20 text-center">
      <h1 className="text-ink text-3xl font-extrabold">Something went wrong</h1>
      <p className="text-ink-soft mt-3">We could not show this page. Please try again in a moment.</p>
      {error.digest && <p className="text-muted mt-2 text-xs">Reference: {error.digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 font-semibold"
        >
          Try again
        </button>
        <Link
          href="/"
          className="border-surface-border text-ink-soft hover:text-brand-600 rounded-md border px-4 py-2 font-semibold"
        >
          Home
        </Link>
      </div>
    </div>
  );
}
