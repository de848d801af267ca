import type { ResourceKind } from "@/lib/db/resources";

// What the listing and detail pages of each kind say to readers.
export const RESOURCE_COPY: Record<
  ResourceKind,
  { plural: string; intro: string; empty: string; download: string }
> = {
  REFCARD: {
    plural: "Refcards",
    intro:
      "Numbered cheat sheets: the essentials of a tool or technique on a few pages — core concepts, common commands and the settings that matter in production.",
    empty:
      "No Refcards have been published yet. New cards appear here as soon as an editor publishes them — meanwhile, browse the latest articles.",
    download: "Download the full Refcard as a PDF: free for members.",
  },
  TREND_REPORT: {
    plural: "Trend Reports",
    intro:
      "Research on where software development is heading: survey results, expert articles and practical advice, one theme per report.",
    empty:
      "No Trend Reports have been published yet. New reports appear here as soon as an editor publishes them — meanwhile, browse the latest articles.",
    download: "Download the full report as a PDF: free for members.",
  },
};
