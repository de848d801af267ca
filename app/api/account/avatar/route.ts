import { revalidateTag } from "next/cache";
import { getCurrentUser } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { problem, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin } from "@/lib/http/request";
import { clearAvatar, saveAvatar } from "@/lib/uploads/avatar";
import { avatarFromRequest } from "@/lib/uploads/avatar-request";

// POST /api/account/avatar (multipart/form-data, field "avatar"): a new profile picture.
// DELETE /api/account/avatar: back to initials. The picture is checked by its content and
// re-encoded (lib/uploads/images.ts); problems come back on the "avatar" field.

function revalidateAvatar(username: string) {
  // Avatars show on the profile, in author cards on article pages and in article lists.
  revalidateTag(TAGS.user(username), { expire: 0 });
  revalidateTag(TAGS.articles, { expire: 0 });
}

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const upload = await avatarFromRequest(request);
  if (!upload.ok) {
    return problem({
      status: upload.status,
      title: upload.status === 413 ? "Too large" : "Invalid image",
      detail: upload.message,
      code: upload.status === 413 ? "too-large" : "invalid-image",
      errors: { avatar: upload.message },
    });
  }
  const avatarUrl = await saveAvatar(user.id, upload.image);
  revalidateAvatar(user.username);
  return Response.json({ avatarUrl }, { status: 201, headers: noStore });
}

export async function DELETE(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  await clearAvatar(user.id);
  revalidateAvatar(user.username);
  return Response.json({ avatarUrl: null }, { headers: noStore });
}
