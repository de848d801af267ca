import type { DiffPart, RevisionDiff, TextDiff } from "@/lib/editorial/diff";
import { formatNumber, pluralize } from "@/lib/format";

// A word diff readable without colour: added words are underlined and removed ones struck
// through (and coloured), each announced as "added"/"removed" to screen readers; long unchanged
// stretches are folded to a line saying how many words were left out.

const insClass =
  "rounded-sm bg-green-100 text-green-950 underline decoration-2 underline-offset-2 dark:bg-green-950 dark:text-green-100";
const delClass =
  "rounded-sm bg-red-100 text-red-950 line-through decoration-2 dark:bg-red-950 dark:text-red-100";

function Part({ part }: { part: DiffPart }) {
  switch (part.kind) {
    case "same":
      return <>{part.text}</>;
    case "added":
      return (
        <ins className={insClass}>
          <span className="sr-only">[added: </span>
          {part.text}
          <span className="sr-only">]</span>
        </ins>
      );
    case "removed":
      return (
        <del className={delClass}>
          <span className="sr-only">[removed: </span>
          {part.text}
          <span className="sr-only">]</span>
        </del>
      );
    case "skipped":
      return (
        <span className="text-muted my-1 block text-xs italic">
          … {pluralize(part.words, "unchanged word")} …
        </span>
      );
  }
}

function FieldDiff({ label, diff }: { label: string; diff: TextDiff }) {
  return (
    <div className="mt-4">
      <h3 className="text-ink text-sm font-semibold">
        {label}
        <span className="text-muted ml-2 font-normal">
          {diff.kind === "unchanged" && "unchanged"}
          {diff.kind === "too-different" && "rewritten (too different to compare word by word)"}
          {diff.kind === "changed" &&
            `+${formatNumber(diff.addedWords)} / −${formatNumber(diff.removedWords)} words${diff.byLine ? ", by line" : ""}`}
        </span>
      </h3>
      {diff.kind === "changed" && (
        <div
          className="border-surface-border bg-surface text-ink-soft mt-1 max-h-[32rem] overflow-y-auto rounded-md border p-3 text-sm leading-relaxed break-words whitespace-pre-wrap"
          tabIndex={0}
          aria-label={`Changes to the ${label.toLowerCase()}`}
        >
          {diff.parts.map((part, index) => (
            <Part key={index} part={part} />
          ))}
        </div>
      )}
    </div>
  );
}

/** Title, summary and body changes between two versions, with a legend. */
export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <div>
      <p className="text-muted text-xs">
        <ins className={insClass}>Added text</ins> is underlined, <del className={delClass}>removed text</del>{" "}
        is struck through; the body is compared as markdown.
      </p>
      <FieldDiff label="Title" diff={diff.title} />
      <FieldDiff label="Summary" diff={diff.summary} />
      <FieldDiff label="Body" diff={diff.body} />
    </div>
  );
}
