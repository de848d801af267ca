import type { DraftInput } from "@/lib/authoring/drafts";

/** A body of `words` words in a few paragraphs (the guidelines count rendered words). */
export function bodyOf(words: number): string {
  const paragraphs: string[] = [];
  for (let done = 0; done < words; done += 50) {
    paragraphs.push(
      Array.from({ length: Math.min(50, words - done) }, (_, i) => `word${done + i}`).join(" "),
    );
  }
  return paragraphs.join("\n\n");
}

/** A draft that meets every submission guideline, in `zoneId`. */
export function completeDraft(zoneId: number, overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    title: "Connection pooling in Node.js services",
    summary: "How a small pool, sized to the database's cores, beats a large one under load.",
    bodyMarkdown: `## Why pools\n\n${bodyOf(320)}`,
    zoneId,
    tags: ["Node.js", "PostgreSQL"],
    coverImageUrl: null,
    ...overrides,
  };
}
