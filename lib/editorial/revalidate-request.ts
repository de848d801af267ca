import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "@/lib/auth/config";
import { ownServerOrigin } from "./own-origin";

// Cache invalidation from outside a request. revalidateTag needs Next's request store and throws
// "static generation store missing" anywhere else — e.g. in a pg-boss handler publishing a
// scheduled article (checked under `next start`: docs/architecture.md "Editorial workflow"). So
// the job asks a server to do it: a POST, signed with a key derived from AUTH_SECRET, to
// /api/editor/articles/revalidate, whose handler calls revalidateTag inside its request.

export const REVALIDATE_PATH = "/api/editor/articles/revalidate";
export const SIGNATURE_HEADER = "x-zonepress-signature";
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
const MAX_AGE_MS = 60_000;

const tagSchema = z.string().regex(/^[a-z]+(:[A-Za-z0-9._~-]{1,200})?$/);
const payloadSchema = z.strictObject({
  tags: z.array(tagSchema).min(1).max(50),
  issuedAt: z.number().int().positive(),
});

function signingKey(): Buffer {
  // A key of its own, so a signature here can never stand in for anything else signed with the
  // session secret.
  return createHmac("sha256", authSecret()).update("zonepress:editorial-revalidate").digest();
}

function sign(body: string): string {
  return createHmac("sha256", signingKey()).update(body).digest("hex");
}

/** The body and signature header of a revalidation request for `tags`. */
export function signedRevalidation(
  tags: readonly string[],
  now = Date.now(),
): { body: string; signature: string } {
  const body = JSON.stringify({ tags, issuedAt: now });
  return { body, signature: sign(body) };
}

/** The tags of a correctly signed, fresh request; null for anything else. */
export function verifyRevalidation(
  body: string,
  signature: string | null,
  now = Date.now(),
): string[] | null {
  if (!signature || !/^[0-9a-f]{64}$/.test(signature)) return null;
  const expected = Buffer.from(sign(body), "hex");
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) return null;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || Math.abs(now - parsed.data.issuedAt) > MAX_AGE_MS) return null;
  return parsed.data.tags;
}

/** Has the server expire `tags`; throws when it did not (a job then fails and is retried). */
export async function requestRevalidation(
  tags: readonly string[],
  origin = ownServerOrigin(),
): Promise<void> {
  const { body, signature } = signedRevalidation(tags);
  const response = await fetch(new URL(REVALIDATE_PATH, origin), {
    method: "POST",
    headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: signature },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 204) {
    throw new Error(`Cache revalidation at ${origin} answered ${response.status}`);
  }
}
