import type { TocEntry } from "@/lib/db/articles";

interface TocNode extends TocEntry {
  children: TocNode[];
}

/**
 * The flat heading list as a tree: each heading nests under the nearest earlier heading of a
 * smaller depth. A jump (h2 → h4) nests one level, not two, so no empty levels appear.
 */
export function tocTree(entries: TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const entry of entries) {
    const node: TocNode = { ...entry, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= entry.depth) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function TocList({ nodes, nested = false }: { nodes: TocNode[]; nested?: boolean }) {
  return (
    <ol className={nested ? "border-surface-border mt-1 ml-3 space-y-1 border-l pl-3" : "space-y-1.5"}>
      {nodes.map((node) => (
        <li key={node.id}>
          <a
            href={`#${node.id}`}
            className="text-ink-soft hover:text-brand-600 block rounded-sm leading-snug hover:underline"
          >
            {node.text}
          </a>
          {node.children.length > 0 && <TocList nodes={node.children} nested />}
        </li>
      ))}
    </ol>
  );
}

/** The smallest outline worth a table of contents. */
export const MIN_TOC_ENTRIES = 2;

/**
 * Table of contents from the stored toc (ids match the headings in bodyHtml). `inline` is a
 * collapsible block for narrow screens, `sidebar` a sticky column for wide ones; the page
 * renders both and CSS shows one. Nothing is rendered for fewer than two headings.
 */
export function TableOfContents({
  entries,
  variant,
  className = "",
}: {
  entries: TocEntry[];
  variant: "inline" | "sidebar";
  className?: string;
}) {
  if (entries.length < MIN_TOC_ENTRIES) return null;
  const nodes = tocTree(entries);
  if (variant === "inline") {
    return (
      <details className={`border-surface-border bg-surface-sunken rounded-lg border text-sm ${className}`}>
        <summary className="text-ink cursor-pointer px-4 py-3 font-semibold">Table of contents</summary>
        <nav aria-label="Table of contents" className="px-4 pb-4">
          <TocList nodes={nodes} />
        </nav>
      </details>
    );
  }
  return (
    <nav aria-label="Table of contents" className={`text-sm ${className}`}>
      <h2 className="text-muted mb-3 text-xs font-semibold tracking-wide uppercase">On this page</h2>
      <TocList nodes={nodes} />
    </nav>
  );
}
