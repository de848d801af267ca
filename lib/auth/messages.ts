// User-facing sign-in messages, shared by the route handlers (JSON problems) and the login page
// (which shows them after a form post without JavaScript, from the error code in the URL).

/** The one message for an unknown email and a wrong password, so neither reveals which it was. */
export const INVALID_CREDENTIALS_MESSAGE = "The email or password is not right. Check both and try again.";

export const SUSPENDED_MESSAGE =
  "This account is suspended. Contact the editors if you think this is a mistake.";

export const UNAVAILABLE_MESSAGE = "Signing in is not possible right now. Please try again in a minute.";

/** "15 minutes", "1 minute", "40 seconds": how long to wait, for messages. */
export function describeWait(seconds: number): string {
  if (seconds >= 90) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}

export function throttledMessage(retryAfterSeconds: number): string {
  return `Too many failed attempts. For your account's safety, wait ${describeWait(retryAfterSeconds)} and try again.`;
}

/** The message for an error code in /login?error=… (our codes and next-auth's). */
export function loginErrorMessage(code: string, retryAfterSeconds?: number): string {
  switch (code) {
    case "invalid-credentials":
      return INVALID_CREDENTIALS_MESSAGE;
    case "throttled":
      return throttledMessage(retryAfterSeconds && retryAfterSeconds > 0 ? retryAfterSeconds : 15 * 60);
    case "suspended":
    case "oauth-suspended":
      return SUSPENDED_MESSAGE;
    case "unavailable":
      return UNAVAILABLE_MESSAGE;
    case "invalid-input":
      return "Enter your email address and password.";
    case "oauth-email-unverified":
      return "An account with this email exists, but the provider has not verified the address. Verify it there, or log in with your password.";
    case "oauth-no-email":
      return "The provider did not share an email address, which Zonepress needs for your account.";
    default:
      return "Signing in with that provider did not work. Please try again, or use your email and password.";
  }
}
