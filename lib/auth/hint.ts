// Shared by the server (which sets it) and client islands (which read it); not secret.

/**
 * A readable "someone is signed in here" cookie. Pages are cached and the same for everyone, so
 * the header menu and like buttons (client islands) look at it to decide whether asking the
 * server who is signed in is worth a request. It grants nothing by itself.
 */
export const SIGNED_IN_HINT_COOKIE = "zp_signed_in";

/** True in the browser when the hint cookie is present. */
export function hasSignedInHint(): boolean {
  return (
    typeof document !== "undefined" &&
    document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT_COOKIE}=1`))
  );
}
