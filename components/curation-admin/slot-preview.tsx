"use client";

import { shownEntries } from "@/lib/curation/shown";
import { slotPageKind, type SlotKey } from "@/lib/curation/slots";
import type { CurationEntry } from "@/lib/curation/types";

const pageNames = { home: "home page", category: "category page", zone: "zone page" } as const;

/**
 * What the slot's page would show now with the entries as they stand in the editor (saved or
 * not), as cards; and a link to the real page, which shows saved entries only.
 */
export function SlotPreview({
  slotKey,
  pagePath,
  entries,
  now,
  dirty,
}: {
  slotKey: SlotKey;
  pagePath: string;
  entries: CurationEntry[];
  now: Date | null;
  dirty: boolean;
}) {
  const kind = slotPageKind(slotKey);
  const shown = now ? shownEntries(slotKey, entries, now) : [];
  const articles = shown.filter((entry) => entry.kind === "article");
  const resources = shown.filter((entry) => entry.kind === "resource");
  return (
    <section aria-labelledby="curation-preview" className="border-surface-border rounded-lg border p-4">
      <h3 id="curation-preview" className="text-ink text-lg font-bold">
        Preview
      </h3>
      <p className="text-ink-soft mt-1 text-sm">
        What readers see now{dirty ? " once you save" : ""}.{" "}
        <a
          href={pagePath}
          target="_blank"
          rel="noopener"
          className="text-brand-600 font-medium hover:underline"
        >
          Open the {pageNames[kind]} in a new tab
        </a>
        {dirty ? " (it shows the saved entries)." : "."}
      </p>
      {now && articles.length === 0 && (
        <p className="text-muted mt-3 text-sm">
          No curated article is live: the page shows its most-viewed recent articles instead.
        </p>
      )}
      <PreviewCards title={kind === "home" ? "Spotlight" : "Featured articles"} entries={articles} />
      {kind !== "home" && <PreviewCards title="Premium content, first" entries={resources} />}
    </section>
  );
}

function PreviewCards({ title, entries }: { title: string; entries: CurationEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h4 className="text-ink mt-4 text-sm font-semibold">{title}</h4>
      <ol className="mt-2 space-y-3">
        {entries.map((entry) => (
          <li
            key={`${entry.kind}:${entry.targetId}`}
            className="border-surface-border bg-surface rounded-md border p-3"
          >
            <p className="text-muted text-xs">{entry.label}</p>
            <p className="text-ink leading-snug font-semibold">{entry.title}</p>
            <p className="text-muted text-xs">{entry.detail}</p>
            {entry.summary && <p className="text-ink-soft mt-1 line-clamp-2 text-sm">{entry.summary}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
