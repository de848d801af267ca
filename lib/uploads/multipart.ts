import "server-only";
import { readBoundedBytes } from "@/lib/http/request";

export type UploadedFile =
  | { ok: true; bytes: Uint8Array; name: string; declaredType: string }
  | { ok: false; status: 413 | 422; message: string };

/**
 * The file in form field `field` of a multipart/form-data request whose whole body is at most
 * `maxBytes`. The name and declared type are only informational: callers decide by content.
 */
export async function readUploadedFile(
  request: Request,
  field: string,
  maxBytes: number,
): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, status: 422, message: "Send the file as multipart/form-data." };
  }
  const body = await readBoundedBytes(request, maxBytes);
  if (body === null) {
    return { ok: false, status: 413, message: "This file is too large; use one of at most 5 MB." };
  }
  let form: FormData;
  try {
    // The bounded bytes are parsed by the platform's multipart parser (undici).
    form = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return { ok: false, status: 422, message: "The upload could not be read. Choose the file again." };
  }
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, status: 422, message: "Choose an image file to upload." };
  }
  return {
    ok: true,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    declaredType: file.type,
  };
}
