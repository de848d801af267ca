import "server-only";
import { db } from "./client";

// The editor's request for changes, for the author's writing page: the feedback they must act
// on, shown above the editor while the article is sent back to them.

export interface ChangeRequest {
  note: string;
  createdAt: Date;
  /** Null when the editor's account is gone. */
  editorName: string | null;
}

/** The request that sent the author's article back, while it is CHANGES_REQUESTED; else null. */
export async function getOpenChangeRequest(
  authorId: number,
  articleId: number,
): Promise<ChangeRequest | null> {
  const event = await db.articleEvent.findFirst({
    where: {
      articleId,
      toStatus: "CHANGES_REQUESTED",
      note: { not: null },
      article: { authorId, status: "CHANGES_REQUESTED" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { note: true, createdAt: true, actor: { select: { name: true } } },
  });
  if (!event?.note) return null;
  return { note: event.note, createdAt: event.createdAt, editorName: event.actor?.name ?? null };
}
