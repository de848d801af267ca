import { AuthorName } from "@/components/article/author-name";
import type { AuthorRef } from "@/lib/db/articles";

/** "By Ada Lovelace, Alan Turing" with each author's Core badge. */
export function ResourceAuthors({ authors }: { authors: AuthorRef[] }) {
  if (authors.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1">
      <span>By</span>
      {authors.map((author, index) => (
        <span key={author.username} className="inline-flex items-center">
          <AuthorName author={author} />
          {index < authors.length - 1 && <span aria-hidden="true">,</span>}
        </span>
      ))}
    </span>
  );
}
