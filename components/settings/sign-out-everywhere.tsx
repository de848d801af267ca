/**
 * Ends every session of the account, this one included. A plain form: it works without
 * JavaScript, and the logout route answers a form post with a redirect home.
 */
export function SignOutEverywhere() {
  return (
    <form method="post" action="/api/auth/logout">
      <input type="hidden" name="everywhere" value="1" />
      <button
        type="submit"
        className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-4 py-2 text-sm font-semibold"
      >
        Sign out everywhere
      </button>
    </form>
  );
}
