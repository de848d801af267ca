"use client";

import { useState, useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/hint";
import { pluralize } from "@/lib/format";
import { formatFileSize } from "./file-size";

/** The hint cookie only changes with a full page load (login and logout navigate). */
const subscribeToNothing = () => () => {};

const buttonClass =
  "bg-brand-600 hover:bg-brand-700 text-on-brand focus-visible:ring-brand-600 mt-4 inline-block rounded-md px-4 py-2 text-sm font-semibold whitespace-nowrap focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none sm:mt-0";

/**
 * The Download call to action, a small island in the cached resource page: the server renders
 * what every reader gets (the cached count and "Log in to download", which comes back here
 * afterwards), and after hydration the signed-in hint cookie turns it into the member's
 * Download button. That button goes to the Download route, which checks the session itself and
 * answers with a short-lived signed link to the PDF (or the login page), so the hint grants
 * nothing. A plain <a>, not next/link: the answer is a file, not a page to navigate to.
 */
export function DownloadCta({
  resourceId,
  path,
  text,
  downloadCount,
  hasFile,
  fileSize,
}: {
  resourceId: number;
  path: string;
  text: string;
  downloadCount: number;
  hasFile: boolean;
  fileSize: number | null;
}) {
  const signedIn = useSyncExternalStore(subscribeToNothing, hasSignedInHint, () => false);
  const [status, setStatus] = useState("");

  return (
    <aside
      aria-labelledby="download-heading"
      className="border-brand-500 bg-brand-50 mt-6 rounded-lg border p-5 sm:flex sm:items-center sm:justify-between sm:gap-6"
    >
      <div>
        <h2 id="download-heading" className="text-ink text-lg font-bold">
          Download
        </h2>
        <p className="text-ink-soft mt-1 text-sm">{hasFile ? text : "The PDF is not available yet."}</p>
        <p className="text-muted mt-1 text-xs" data-download-count={downloadCount}>
          {pluralize(downloadCount, "download")} so far
        </p>
        <p className="text-ink-soft mt-1 text-sm empty:hidden" aria-live="polite">
          {status}
        </p>
      </div>
      {hasFile &&
        (signedIn ? (
          <a
            href={`/api/resources/${resourceId}/download`}
            onClick={() => setStatus("Your download is starting…")}
            className={buttonClass}
          >
            Download PDF
            {fileSize !== null && <span className="font-normal"> ({formatFileSize(fileSize)})</span>}
          </a>
        ) : (
          <a href={`/login?next=${encodeURIComponent(path)}`} className={buttonClass}>
            Log in to download
          </a>
        ))}
    </aside>
  );
}
