import "server-only";
import { removeAvatar, replaceAvatar } from "@/lib/db/account-uploads";
import { logger } from "@/lib/logger";
import type { ProcessedImage } from "./images";
import { newUploadKey, publicUploadUrl } from "./keys";
import { uploadStorage } from "./storage";

/** Stores the avatar, makes it the member's, and deletes the one it replaces. Returns its URL. */
export async function saveAvatar(userId: number, image: ProcessedImage): Promise<string> {
  const storage = uploadStorage();
  const key = newUploadKey("avatars", "webp");
  const url = publicUploadUrl(key);
  await storage.put(key, image.bytes, image.mimeType);
  let previous: string[];
  try {
    previous = await replaceAvatar(
      userId,
      {
        key,
        mimeType: image.mimeType,
        size: image.bytes.byteLength,
        width: image.width,
        height: image.height,
      },
      url,
    );
  } catch (error) {
    await storage.delete(key).catch(() => {});
    throw error;
  }
  await deleteStoredFiles(previous);
  return url;
}

/** Takes the member's avatar away (initials are shown instead) and deletes its file. */
export async function clearAvatar(userId: number): Promise<void> {
  await deleteStoredFiles(await removeAvatar(userId));
}

/**
 * Deletes files whose rows are already gone. A failure only leaves an unreachable file
 * behind (it is never served without its row), so it is logged rather than shown to the member.
 */
export async function deleteStoredFiles(keys: string[]): Promise<void> {
  const storage = uploadStorage();
  for (const key of keys) {
    await storage.delete(key).catch((error: unknown) => {
      logger.warn({ event: "upload.delete.error", key, err: error }, "could not delete an upload file");
    });
  }
}
