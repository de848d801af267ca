import { revalidateTag } from "next/cache";
import { getCurrentUser } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/session";
import { TAGS } from "@/lib/cache/tags";
import { getPasswordHash } from "@/lib/db/account";
import { deleteAccount } from "@/lib/db/account-delete";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { deleteStoredFiles } from "@/lib/uploads/avatar";
import { deleteAccountSchema } from "@/lib/validation/settings";
import { confirmPassword } from "../_lib/confirm-password";

// POST /api/account/delete: deletes the signed-in member after they confirm with their password
// (OAuth-only accounts: by typing their username) and choose to keep or delete their articles.
// The browser then goes home, where components/settings/account-deleted-notice.tsx confirms it.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const parsed = await parseBody(request, deleteAccountSchema);
  if (!parsed.ok) return parsed.response;
  const { articles, password, confirmUsername } = parsed.data;

  const passwordHash = await getPasswordHash(user.id);
  if (passwordHash) {
    if (!password) return validationProblem({ password: "Enter your password to confirm" });
    const refused = await confirmPassword(request, user, passwordHash, password, "password");
    if (refused) return refused;
  } else if (confirmUsername?.trim().toLowerCase() !== user.username) {
    return validationProblem({ confirmUsername: `Type your username, ${user.username}, to confirm` });
  }

  const deleted = await deleteAccount(user.id, articles);
  await endSession();
  if (!deleted) return unauthorized();
  await deleteStoredFiles(deleted.uploadKeys);
  for (const tag of [
    TAGS.articles,
    TAGS.feeds,
    TAGS.home,
    TAGS.members,
    TAGS.sitemap,
    TAGS.resources,
    TAGS.user(deleted.username),
  ]) {
    revalidateTag(tag, { expire: 0 });
  }
  logger.info(
    { event: "account.delete", userId: user.id, articles, kept: deleted.keptArticleIds.length },
    "account deleted",
  );
  return Response.json(
    { redirectTo: "/?account=deleted", keptArticles: deleted.keptArticleIds.length },
    { headers: { "Cache-Control": "no-store" } },
  );
}
