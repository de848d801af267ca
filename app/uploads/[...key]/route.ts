import { findUpload } from "@/lib/db/account-uploads";
import { isResourceFileKey, isValidUploadKey } from "@/lib/uploads/keys";
import { uploadStorage } from "@/lib/uploads/storage";

// GET /uploads/<key>: files members uploaded (avatars), after validation and re-encoding. Only
// keys with an Upload row are served, so nothing else in UPLOAD_DIR is reachable, and a key
// is checked against a strict pattern before it comes near the file system. Keys are random
// and never reused (a new avatar gets a new key), so the response may be cached for a year.
// Refcard and Trend Report PDFs have Upload rows too, but are members-only: they are only ever
// sent through a signed download link (app/api/resources/[id]/file), never from here.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(
  _request: Request,
  { params }: RouteContext<"/uploads/[...key]">,
): Promise<Response> {
  const key = (await params).key.join("/");
  if (!isValidUploadKey(key) || isResourceFileKey(key)) return notFound();
  const upload = await findUpload(key);
  if (!upload || upload.mimeType === "application/pdf") return notFound();
  const bytes = await uploadStorage().get(key);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": upload.mimeType,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      // Defence in depth should a non-image ever be stored: it cannot run script here.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
