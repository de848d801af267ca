import { highlightSegments } from "@/lib/search/highlight";

/**
 * A ts_headline result with its matches in <mark>. The text is rendered as React text, so
 * whatever the stored title or body contains ("<script>", entities) is shown, never run.
 */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {highlightSegments(text).map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="bg-brand-100 text-ink rounded-sm px-0.5 font-semibold">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
