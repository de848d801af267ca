import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Account deleted",
  robots: { index: false },
};

/** Where the browser lands after deleting an account: a confirmation and the way home. */
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-ink text-3xl font-bold tracking-tight">Your account has been deleted</h1>
      <p className="text-ink-soft mt-4">
        You have been signed out. Thank you for being part of Zonepress; you are welcome back any time.
      </p>
      <p className="mt-8">
        <Link
          href="/"
          className="bg-brand-600 hover:bg-brand-700 text-on-brand inline-block rounded-md px-4 py-2 text-sm font-semibold"
        >
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
