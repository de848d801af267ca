import "server-only";
import { randomBytes } from "node:crypto";

// Upload keys and the URLs they are served from. A key is both the storage path and the
// Upload row's unique key, so validating it here is what keeps paths inside UPLOAD_DIR.

/**
 * Lowercase segments of letters, digits and hyphens, one extension, no "." or ".." segments
 * and no leading slash: a key can never name a path outside the upload directory.
 */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*\.[a-z0-9]{2,5}$/;

export function isValidUploadKey(key: string): boolean {
  return key.length <= 200 && KEY_PATTERN.test(key);
}

/**
 * A fresh key no one can guess (128 random bits), e.g. "avatars/3f…9c.webp". Resource PDFs
 * ("resources/…pdf") are never served from /uploads: only through a signed download link.
 */
export function newUploadKey(folder: "avatars" | "covers" | "resources", extension: "webp" | "pdf"): string {
  return `${folder}/${randomBytes(16).toString("hex")}.${extension}`;
}

/** The URL the app serves an upload from (app/uploads/[...key]/route.ts). */
export function publicUploadUrl(key: string): string {
  return `/uploads/${key}`;
}

/** The upload key behind one of our public URLs, or null for any other URL (OAuth avatars). */
export function uploadKeyFromUrl(url: string | null): string | null {
  if (!url?.startsWith("/uploads/")) return null;
  const key = url.slice("/uploads/".length);
  return isValidUploadKey(key) ? key : null;
}

/** Keys of Refcard and Trend Report PDFs: members download them through a signed link only. */
export const RESOURCE_FILE_PREFIX = "resources/";

export function isResourceFileKey(key: string): boolean {
  return key.startsWith(RESOURCE_FILE_PREFIX) && key.endsWith(".pdf") && isValidUploadKey(key);
}
