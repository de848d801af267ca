import { getCurrentUser } from "@/lib/auth/guards";
import { recordCoverUpload } from "@/lib/db/cover-uploads";
import { problem, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin } from "@/lib/http/request";
import { AVATAR_MAX_BYTES, processCover } from "@/lib/uploads/images";
import { newUploadKey, publicUploadUrl } from "@/lib/uploads/keys";
import { readUploadedFile } from "@/lib/uploads/multipart";
import { uploadStorage } from "@/lib/uploads/storage";

// POST /api/uploads/cover (multipart/form-data, field "cover"): an article's cover image.
// Checked by its content and re-encoded like avatars (lib/uploads/images.ts), at most
// 1600 × 900, and answered with the URL to put in the draft's coverImageUrl. Problems come back
// on the "cover" field.

/** The 5 MB file plus its multipart framing. */
const COVER_REQUEST_MAX_BYTES = AVATAR_MAX_BYTES + 512 * 1024;

const noStore = { "Cache-Control": "private, no-store" };

function coverProblem(status: 413 | 422, message: string): Response {
  return problem({
    status,
    title: status === 413 ? "Too large" : "Invalid image",
    detail: message,
    code: status === 413 ? "too-large" : "invalid-image",
    errors: { cover: message },
  });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const file = await readUploadedFile(request, "cover", COVER_REQUEST_MAX_BYTES);
  if (!file.ok) return coverProblem(file.status, file.message);
  const processed = await processCover(file.bytes);
  if (!processed.ok) return coverProblem(422, processed.message);

  const { image } = processed;
  const key = newUploadKey("covers", "webp");
  const storage = uploadStorage();
  await storage.put(key, image.bytes, image.mimeType);
  try {
    await recordCoverUpload(user.id, {
      key,
      mimeType: image.mimeType,
      size: image.bytes.byteLength,
      width: image.width,
      height: image.height,
    });
  } catch (error) {
    // No row, no way to serve it: do not leave the file behind.
    await storage.delete(key).catch(() => {});
    throw error;
  }
  return Response.json(
    { url: publicUploadUrl(key), width: image.width, height: image.height },
    { status: 201, headers: noStore },
  );
}
