import "server-only";
import { LocalDiskStorage } from "./local-disk";

/**
 * Where uploaded files live. Local disk now (UPLOAD_DIR); an S3-compatible store only has to
 * implement these three calls. Keys are opaque, validated paths like "avatars/<random>.webp".
 */
export interface UploadStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; a missing file is not an error (deletes may be retried). */
  delete(key: string): Promise<void>;
}

let storage: UploadStorage | undefined;

export function uploadStorage(): UploadStorage {
  storage ??= new LocalDiskStorage();
  return storage;
}
