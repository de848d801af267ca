import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { isCommonPassword } from "./common-passwords";

// argon2id with the library's defaults (argon2id, m=19 MiB, t=2, p=1: OWASP's recommended
// minimum), about 50 ms per hash on these machines.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of a random string, verified against when the email is unknown (same cost, same time). */
let decoyHash: Promise<string> | undefined;

/**
 * True when `password` matches `passwordHash`. With no hash (unknown email, OAuth-only account)
 * it still verifies against a decoy so the answer takes as long as a wrong password does.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hash(crypto.randomUUID());
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Why a new password is not acceptable, or null when it is. Names what to change. */
export function passwordProblem(
  password: string,
  context: { email?: string; username?: string } = {},
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return "This password is too common; choose one that is harder to guess";
  const lowered = password.toLowerCase();
  for (const personal of [context.email, context.email?.split("@")[0], context.username]) {
    if (personal && personal.length >= 4 && lowered === personal.toLowerCase()) {
      return "Do not use your email or username as the password";
    }
  }
  return null;
}
