import "server-only";
import { AVATAR_MAX_BYTES, processAvatar, type ProcessedImage } from "./images";
import { readUploadedFile } from "./multipart";

/** The whole multipart body: the 5 MB file plus its form framing, with room to spare. */
export const AVATAR_REQUEST_MAX_BYTES = AVATAR_MAX_BYTES + 512 * 1024;

export type AvatarUpload =
  { ok: true; image: ProcessedImage } | { ok: false; status: 413 | 422; message: string };

/**
 * The re-encoded avatar from the request's `avatar` field, or why it cannot be used. The
 * file name and declared type play no part: only the bytes decide (lib/uploads/images.ts).
 */
export async function avatarFromRequest(request: Request): Promise<AvatarUpload> {
  const file = await readUploadedFile(request, "avatar", AVATAR_REQUEST_MAX_BYTES);
  if (!file.ok) return file;
  const processed = await processAvatar(file.bytes);
  return processed.ok ? processed : { ok: false, status: 422, message: processed.message };
}
