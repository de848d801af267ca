// Editorial feedback and reasons attached to ArticleEvents in the demo review workflow.

export type ArticleStatusName =
  "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED" | "ARCHIVED";

export const CHANGE_REQUESTS = [
  "Thanks for the submission! The middle section jumps straight into code; please add two or three sentences explaining what problem the example solves before showing it.",
  "Good topic. Please add a short section on how you measured the latency numbers (tooling, traffic shape, duration) so readers can reproduce them.",
  "The comparison table is useful, but the 'Operational cost' column needs a sentence of justification for each rating.",
  "Please replace the screenshot of the terminal with a fenced code block so readers can copy it, and trim the introduction to one paragraph.",
  "The conclusion repeats the introduction. Could you end with concrete next steps or a checklist instead?",
  "Several claims need sources. Please link to the documentation or benchmarks you relied on.",
];

export const REJECTION_REASONS = [
  "This reads as product marketing rather than a technical article. We'd be glad to review a version focused on how the problem was solved.",
  "Most of this article duplicates the tool's official getting-started guide. Consider writing about what you learned beyond it.",
  "The article is below our minimum length and does not yet cover the topic in enough depth. Please see the submission guidelines.",
];

export const ARCHIVE_NOTES = [
  "Unpublished at the author's request: the approach described has been superseded.",
  "Archived: the tool versions covered are no longer supported.",
];

// The article page labels the note "Editor's note:" itself, so the text does not repeat it.
export const EDITOR_NOTES = [
  "This article was updated to reflect the latest stable release.",
  "Part of our series on running systems in production.",
  "The author's benchmark scripts are linked at the end of the article.",
];
