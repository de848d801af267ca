import Link from "next/link";
import { CoreBadge } from "@/components/ui/core-badge";
import type { AuthorRef } from "@/lib/db/articles";

/** Author link with the Core badge; a deleted account shows as "Former member". */
export function AuthorName({ author }: { author: AuthorRef | null }) {
  if (!author) return <span className="text-muted">Former member</span>;
  return (
    <span className="inline-flex items-center">
      <Link
        href={`/users/${author.username}`}
        className="text-ink-soft hover:text-brand-600 font-medium hover:underline"
      >
        {author.name}
      </Link>
      {author.isCore && <CoreBadge />}
    </span>
  );
}
