import "server-only";
import type { NewUpload } from "./account-uploads";
import { db } from "./client";

// Article cover images. A cover is recorded when it is uploaded, before any draft points at it,
// so the author sees it at once and the serving route (Upload rows only) can show it; the draft's
// coverImageUrl is saved with the rest of the draft.

/** Records an uploaded cover as the member's; its file is already in storage. */
export async function recordCoverUpload(ownerId: number, upload: NewUpload): Promise<void> {
  await db.upload.create({ data: { ...upload, ownerId }, select: { id: true } });
}
