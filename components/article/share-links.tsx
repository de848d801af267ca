import { CopyLinkButton } from "@/components/article/copy-link-button";

interface ShareTarget {
  label: string;
  name: string;
  href: (url: string, title: string) => string;
}

const e = encodeURIComponent;

// Plain links to each service's public share endpoint: no third-party script, no tracking
// until the reader chooses to share.
const TARGETS: ShareTarget[] = [
  {
    label: "X",
    name: "Share on X",
    href: (u, t) => `https://twitter.com/intent/tweet?url=${e(u)}&text=${e(t)}`,
  },
  {
    label: "LinkedIn",
    name: "Share on LinkedIn",
    href: (u) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(u)}`,
  },
  {
    label: "Hacker News",
    name: "Submit to Hacker News",
    href: (u, t) => `https://news.ycombinator.com/submitlink?u=${e(u)}&t=${e(t)}`,
  },
  {
    label: "Reddit",
    name: "Share on Reddit",
    href: (u, t) => `https://www.reddit.com/submit?url=${e(u)}&title=${e(t)}`,
  },
];

const chip =
  "border-surface-border text-ink-soft hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm font-medium";

/** Share links for an article; `url` must be the absolute article URL. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10">
      <h2 id="share-heading" className="text-ink text-sm font-semibold">
        Share this article
      </h2>
      <ul className="mt-3 flex flex-wrap items-center gap-2">
        {TARGETS.map((target) => (
          <li key={target.label}>
            <a
              href={target.href(url, title)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={target.name}
              className={`${chip} inline-block`}
            >
              {target.label}
            </a>
          </li>
        ))}
        <li>
          {/* No target="_blank": a mailto: link opens the mail app and would leave an empty tab. */}
          <a
            href={`mailto:?subject=${e(title)}&body=${e(url)}`}
            rel="noopener noreferrer"
            aria-label="Share by email"
            className={`${chip} inline-block`}
          >
            Email
          </a>
        </li>
        <li className="flex items-center gap-2">
          <CopyLinkButton url={url} className={`${chip} cursor-pointer`} />
        </li>
      </ul>
    </section>
  );
}
