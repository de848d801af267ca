import Link from "next/link";
import { pluralize } from "@/lib/format";

/**
 * The Download call to action. Downloads need a signed-in member (a later issue adds accounts
 * and signed links), so for now it sends the reader to log in and come back here. It reads no
 * session, so the page around it stays fully cacheable.
 */
export function DownloadCta({
  path,
  text,
  downloadCount,
}: {
  path: string;
  text: string;
  downloadCount: number;
}) {
  return (
    <aside
      aria-labelledby="download-heading"
      className="border-brand-500 bg-brand-50 mt-6 rounded-lg border p-5 sm:flex sm:items-center sm:justify-between sm:gap-6"
    >
      <div>
        <h2 id="download-heading" className="text-ink text-lg font-bold">
          Download
        </h2>
        <p className="text-ink-soft mt-1 text-sm">{text}</p>
        <p className="text-muted mt-1 text-xs">{pluralize(downloadCount, "download")} so far</p>
      </div>
      <Link
        href={`/login?callbackUrl=${encodeURIComponent(path)}`}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand mt-4 inline-block rounded-md px-4 py-2 text-sm font-semibold whitespace-nowrap sm:mt-0"
      >
        Log in to download
      </Link>
    </aside>
  );
}
