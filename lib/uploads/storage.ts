import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage, s3ClientFor } from "./s3";

/**
 * Where uploaded files live: an S3-compatible bucket when S3_BUCKET is set (several instances),
 * local disk (UPLOAD_DIR) otherwise. Keys are opaque, validated paths like "avatars/<random>.webp".
 */
export interface UploadStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  /**
   * The file as a stream with its size, or null when there is no such file: large files (PDFs
   * up to 20 MB) are sent to the client without being held in memory.
   */
  open(key: string): Promise<StoredFileStream | null>;
  /** Removes the file; a missing file is not an error (deletes may be retried). */
  delete(key: string): Promise<void>;
}

export interface StoredFileStream {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

let storage: UploadStorage | undefined;

export function uploadStorage(): UploadStorage {
  if (!storage) {
    const settings = env();
    storage = settings.S3_BUCKET
      ? new S3Storage(s3ClientFor(settings), settings.S3_BUCKET)
      : new LocalDiskStorage(settings.UPLOAD_DIR);
  }
  return storage;
}
