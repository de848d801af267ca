import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { isOwnArticle } from "@/lib/db/drafts";
import { editorRecordExists } from "@/lib/db/editor-records";
import { sessionCookieName, SIGNED_IN_HINT_COOKIE } from "./config";
import { safeReturnPath } from "./return-path";
import { decodeSession } from "./session";
import { userForSession } from "./session-user";

/** Paths only members may open; /editor additionally needs an editorial role. */
export const MEMBER_AREA = /^\/(settings|drafts|write|editor)(\/|$)/;
const EDITOR_AREA = /^\/editor(\/|$)/;
/** Site structure, content pages and the email outbox: admins only (docs/architecture.md). */
export const ADMIN_AREA = /^\/editor\/(taxonomy|pages|outbox)(\/|$)/;
const EDIT_DRAFT = /^\/write\/([^/]+)\/?$/;

/**
 * The proxy's check in front of the member area. These pages render their member-specific part
 * inside a Suspense boundary (cacheComponents), where a redirect can only happen in the browser;
 * checking here first gives visitors without a valid session a real 307 to the login page (and
 * members a real 404 for the editor area). The page checks again with requireUser/requireRole.
 */
export async function gateMemberArea(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const token = request.cookies.get(sessionCookieName())?.value;
  const claims = await decodeSession(token);
  const user = claims ? await userForSession(claims) : null;
  if (!user) {
    const returnTo = safeReturnPath(`${pathname}${search}`);
    const login = new URL(
      returnTo === "/" ? "/login" : `/login?next=${encodeURIComponent(returnTo)}`,
      request.url,
    );
    const response = NextResponse.redirect(login, 307);
    // A session that no longer counts (suspended, password changed) is removed.
    if (token) {
      response.cookies.delete(sessionCookieName());
      response.cookies.delete(SIGNED_IN_HINT_COOKIE);
    }
    return response;
  }
  if (EDITOR_AREA.test(pathname) && user.role !== "EDITOR" && user.role !== "ADMIN") {
    // Rendered by the not-found page, with a 404 status: nothing more is said about the page.
    return NextResponse.rewrite(new URL("/_editor-only", request.url), { status: 404 });
  }
  if (ADMIN_AREA.test(pathname) && user.role !== "ADMIN") {
    return NextResponse.rewrite(new URL("/_admin-only", request.url), { status: 404 });
  }
  // Someone else's draft (or an unknown id) is a 404 too; the page says the same, but only the
  // proxy can still set the status once the page's shell has started streaming.
  const draft = EDIT_DRAFT.exec(pathname);
  if (draft && !(await isOwnArticle(user.id, draft[1]!))) {
    return NextResponse.rewrite(new URL("/_not-your-draft", request.url), { status: 404 });
  }
  // The same for an editor page of a record that does not exist (a stale link, a junk id).
  if ((await editorRecordExists(pathname)) === false) {
    return NextResponse.rewrite(new URL("/_no-such-record", request.url), { status: 404 });
  }
  const response = NextResponse.next();
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
