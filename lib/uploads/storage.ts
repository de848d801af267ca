import "server-only";
import { LocalDiskStorage } from "./local-disk";

/**
 * Where uploaded files live. Local disk now (UPLOAD_DIR); an S3-compatible store only has to
 * implement these calls. Keys are opaque, validated paths like "avatars/<random>.webp".
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
  storage ??= new LocalDiskStorage();
  return storage;
}
