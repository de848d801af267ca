import "server-only";

/**
 * Reads at most `maxBytes` of the request body and stops there: an oversized upload costs
 * the server the limit, not the whole file. Null when the body (declared or actual) is bigger.
 */
export async function readBoundedBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

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
