/** "RSS" link to a feed, with the conventional icon; `label` names what the feed is of. */
export function FeedLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="text-muted hover:text-brand-600 inline-flex items-center gap-1 text-sm font-medium hover:underline"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="currentColor">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5H12A11 11 0 0 0 1 4v2.5Z" />
        <path d="M1 1.5A13.5 13.5 0 0 1 14.5 15H16A15 15 0 0 0 1 0v1.5Z" />
      </svg>
      RSS<span className="sr-only"> feed of {label}</span>
    </a>
  );
}
