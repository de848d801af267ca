import "server-only";
import { readBoundedBytes } from "@/lib/http/request";

export type UploadedFile =
  | { ok: true; bytes: Uint8Array; name: string; declaredType: string }
  | { ok: false; status: 413 | 422; message: string };

/** What the member is told when the body is too large or holds no file (images by default). */
export interface UploadCopy {
  tooLarge: string;
  missing: string;
}

const IMAGE_COPY: UploadCopy = {
  tooLarge: "This file is too large; use one of at most 5 MB.",
  missing: "Choose an image file to upload.",
};

/**
 * The file in form field `field` of a multipart/form-data request whose whole body is at most
 * `maxBytes`. The name and declared type are only informational: callers decide by content.
 */
export async function readUploadedFile(
  request: Request,
  field: string,
  maxBytes: number,
  copy: UploadCopy = IMAGE_COPY,
): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, status: 422, message: "Send the file as multipart/form-data." };
  }
  const body = await readBoundedBytes(request, maxBytes);
  if (body === null) {
    return { ok: false, status: 413, message: copy.tooLarge };
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
    return { ok: false, status: 422, message: copy.missing };
  }
  return {
    ok: true,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    declaredType: file.type,
  };
}
