import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Confirmation and unsubscribe links carry 256 random bits; only their sha256 is stored, so a
// copy of the database cannot be turned into working links. They are never derived from ids:
// knowing one subscription's link says nothing about another's.

export interface IssuedToken {
  /** Goes into the link, once; never stored. */
  token: string;
  hash: string;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function issueToken(): IssuedToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** Tokens we issue are 43 base64url characters; anything else is not worth a lookup. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
