import "server-only";
import { db } from "./client";

// Upload rows (the files themselves live in lib/uploads storage) and the member's avatar.
// Writes return the keys whose files the caller must delete once the transaction committed:
// a file is removed only after no row points at it any more.

export interface NewUpload {
  key: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
}

export interface StoredUpload {
  key: string;
  mimeType: string;
  size: number;
}

const AVATAR_PREFIX = "avatars/";

/** An upload the app knows about; files without a row are never served. */
export async function findUpload(key: string): Promise<StoredUpload | null> {
  return db.upload.findUnique({ where: { key }, select: { key: true, mimeType: true, size: true } });
}

/**
 * Makes `upload` the member's avatar (avatarUrl = `url`) and forgets their previous avatar
 * uploads, in one transaction. Returns the previous avatars' keys, to delete from storage.
 */
export async function replaceAvatar(userId: number, upload: NewUpload, url: string): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const previous = await tx.upload.findMany({
      where: { ownerId: userId, key: { startsWith: AVATAR_PREFIX } },
      select: { id: true, key: true },
    });
    await tx.upload.deleteMany({ where: { id: { in: previous.map((row) => row.id) } } });
    await tx.upload.create({ data: { ...upload, ownerId: userId } });
    await tx.user.update({ where: { id: userId }, data: { avatarUrl: url } });
    return previous.map((row) => row.key);
  });
}

/** Removes the member's avatar (they show initials again); returns the keys to delete. */
export async function removeAvatar(userId: number): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const previous = await tx.upload.findMany({
      where: { ownerId: userId, key: { startsWith: AVATAR_PREFIX } },
      select: { id: true, key: true },
    });
    await tx.upload.deleteMany({ where: { id: { in: previous.map((row) => row.id) } } });
    await tx.user.update({ where: { id: userId }, data: { avatarUrl: null } });
    return previous.map((row) => row.key);
  });
}
