"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/** Read once per page load: the address is cleaned right after, and the answer must not change. */
let arrivedAfterDeletion: boolean | undefined;

function readArrival(): boolean {
  arrivedAfterDeletion ??= new URLSearchParams(window.location.search).get("account") === "deleted";
  return arrivedAfterDeletion;
}

const subscribeToNothing = () => () => {};

/**
 * "Your account has been deleted", shown on the page the browser lands on after deleting an
 * account (app/api/account/delete sends it to "/?account=deleted"). It reads the address in the browser (not searchParams), so the cached pages it sits
 * on stay static; the query is then removed so a reload or a shared link does not repeat it.
 */
export function AccountDeletedNotice() {
  const arrived = useSyncExternalStore(subscribeToNothing, readArrival, () => false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!arrived) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("account");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [arrived]);

  return (
    <div role="status" aria-live="polite" className="max-w-content mx-auto w-full px-4 empty:hidden sm:px-6">
      {arrived && !dismissed && (
        <div className="mt-6 flex items-start justify-between gap-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          <p>
            <strong className="font-semibold">Your account has been deleted.</strong> You have been signed
            out. Thank you for being part of Zonepress.
          </p>
          <button
            type="button"
            onClick={() => setDismissed(true)}
            className="shrink-0 font-semibold underline"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
