import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { isValidUploadKey } from "./keys";
import type { StoredFileStream, UploadStorage } from "./storage";

/**
 * Uploads as files under UPLOAD_DIR (relative paths are from the working directory, the
 * project root under `npm start`). Every instance must see the same directory; for several
 * machines use shared storage (docs/scaling.md).
 */
export class LocalDiskStorage implements UploadStorage {
  private readonly root: string;

  constructor(root: string = env().UPLOAD_DIR) {
    this.root = path.resolve(root);
  }

  /** The file for a key; refuses anything that is not a valid key or lands outside the root. */
  private pathOf(key: string): string {
    if (!isValidUploadKey(key)) throw new Error(`Invalid upload key: ${JSON.stringify(key)}`);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(this.root + path.sep)) throw new Error("Upload key escapes the upload directory");
    return file;
  }

  /** The content type is not stored: the Upload row keeps it for serving. */
  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
    await writeFile(partial, bytes, { flag: "wx" });
    await rename(partial, file);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async open(key: string): Promise<StoredFileStream | null> {
    let handle;
    try {
      handle = await open(this.pathOf(key), "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    // The size and the stream come from the same open file, so a file replaced meanwhile (by a
    // rename) cannot make them disagree; the stream closes the handle when it ends or is cancelled.
    try {
      const { size } = await handle.stat();
      return { stream: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>, size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
